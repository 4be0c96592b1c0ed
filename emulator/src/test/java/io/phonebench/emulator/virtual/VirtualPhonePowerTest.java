package io.phonebench.emulator.virtual;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.emulator.catalog.PhoneCatalog;
import io.phonebench.emulator.clock.ManualPhoneClock;
import io.phonebench.emulator.rtp.StreamDirection;
import java.io.IOException;
import java.net.BindException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class VirtualPhonePowerTest {
    private final ManualPhoneClock clock = new ManualPhoneClock();
    private final List<String> console = new CopyOnWriteArrayList<>();
    private VirtualPhone phone;

    private VirtualPhone build(String address, FirmwareProfile profile) {
        return build(address, profile, 0);
    }

    /** @param port the phone's HTTP port; 0 lets it pick one */
    private VirtualPhone build(String address, FirmwareProfile profile, int port) {
        phone = VirtualPhone.builder(PhoneCatalog.standard().model("CP-7970G")).address(address).port(port)
                .clock(clock).profile(profile).bootTime(Duration.ofSeconds(40)).build();
        phone.onConsoleLine(console::add);
        return phone;
    }

    @AfterEach
    void powerDown() {
        if (phone != null) {
            phone.close();
        }
    }

    @Test
    void bootsThroughBootingToReadyWithConsoleLog() throws Exception {
        build("127.0.1.31", FirmwareProfile.faithful()).powerOn();
        assertEquals(PowerState.BOOTING, phone.state());
        assertRefused(phone);
        clock.advance(Duration.ofSeconds(39));
        assertEquals(PowerState.BOOTING, phone.state());
        clock.advance(Duration.ofSeconds(1));
        assertEquals(PowerState.READY, phone.state());
        phone.awaitReady(Duration.ofSeconds(1));
        assertTrue(console.stream().anyMatch(l -> l.startsWith(BootSequence.READY_MARKER)), console.toString());
        assertTrue(console.get(console.size() - 1).endsWith("login: "), console.toString());
        try (BenchSideClient bench = new BenchSideClient(phone)) {
            assertEquals(200, bench.get("/DeviceInformationX").status());
        }
    }

    @Test
    void powerOffRefusesConnections() throws Exception {
        build("127.0.1.32", FirmwareProfile.faithful()).powerOn();
        clock.advance(Duration.ofSeconds(40));
        phone.powerOff();
        assertEquals(PowerState.OFF, phone.state());
        assertRefused(phone);
    }

    @Test
    void keepsItsPortAcrossPowerCycles() throws Exception {
        build("127.0.1.33", FirmwareProfile.faithful()).powerOn();
        clock.advance(Duration.ofSeconds(40));
        var before = phone.uri();
        phone.powerOff();
        phone.powerOn();
        clock.advance(Duration.ofSeconds(40));
        assertEquals(before, phone.uri());
        try (BenchSideClient bench = new BenchSideClient(phone)) {
            assertEquals(200, bench.get("/DeviceInformationX").status());
        }
    }

    @Test
    void powerCutDuringBootAbandonsThatBoot() {
        build("127.0.1.34", FirmwareProfile.faithful()).powerOn();
        clock.advance(Duration.ofSeconds(20));
        phone.powerOff();
        clock.advance(Duration.ofSeconds(40));
        assertEquals(PowerState.OFF, phone.state());
    }

    @Test
    void slowBootFirmwareTakesTenTimesLonger() {
        build("127.0.1.35", FirmwareProfile.named("slow-boot")).powerOn();
        clock.advance(Duration.ofSeconds(40));
        assertEquals(PowerState.BOOTING, phone.state());
        clock.advance(Duration.ofSeconds(360));
        assertEquals(PowerState.READY, phone.state());
    }

    @Test
    void awaitReadyFailsQuotingStateAndConsole() {
        build("127.0.1.36", FirmwareProfile.faithful()).powerOn();
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> phone.awaitReady(Duration.ofMillis(50)));
        assertTrue(e.getMessage().contains("still BOOTING") && e.getMessage().contains("last console line"),
                e.getMessage());
    }

    @Test
    void startStopAndCloseAreIdempotent() {
        build("127.0.1.37", FirmwareProfile.faithful());
        phone.start();
        phone.start();
        clock.advance(Duration.ofSeconds(40));
        assertEquals(PowerState.READY, phone.state());
        phone.stop();
        phone.stop();
        assertEquals(PowerState.OFF, phone.state());
        phone.close();
        phone.close();
        assertThrows(IllegalStateException.class, phone::start);
    }

    @Test
    void powerCycleBootsWithAFreshDisplayAndNoStreams() throws Exception {
        build("127.0.1.38", FirmwareProfile.faithful()).powerOn();
        clock.advance(Duration.ofSeconds(40));
        byte[] freshScreen = phone.reference().screenshot();
        try (BenchSideClient bench = new BenchSideClient(phone)) {
            bench.push("<CiscoIPPhoneText><Title>Before</Title><Text>x</Text></CiscoIPPhoneText>", "bench", "bench");
        }
        assertTrue(phone.rtp().receive(InetAddress.getByName("127.0.0.1"), 20490, OptionalInt.empty()).succeeded());
        assertFalse(phone.reference().idle());
        assertTrue(phone.rtp().active(StreamDirection.RECEIVE));

        phone.powerOff();
        phone.powerOn();
        clock.advance(Duration.ofSeconds(40));

        assertTrue(phone.reference().idle());
        assertFalse(phone.rtp().active(StreamDirection.RECEIVE));
        assertArrayEquals(freshScreen, phone.reference().screenshot());
    }

    @Test
    void keepsItsPortWhileOffSoThatItsOwnConnectionsCannotTakeIt() throws Exception {
        build("127.0.1.39", FirmwareProfile.faithful());
        int port = phone.uri().getPort();
        assertRefused(phone);
        assertHeld(phone);

        phone.powerOn();
        clock.advance(Duration.ofSeconds(40));
        phone.awaitReady(Duration.ofSeconds(1));
        phone.powerOff();

        // Off, as a phone that is off: connections refused. But the phone's own requests, which leave from its
        // address on ephemeral ports, cannot take the port and make the next boot fail to bind it.
        assertRefused(phone);
        assertHeld(phone);
        phone.powerOn();
        clock.advance(Duration.ofSeconds(40));
        phone.awaitReady(Duration.ofSeconds(1));
        assertEquals(port, phone.uri().getPort());
        try (BenchSideClient bench = new BenchSideClient(phone)) {
            assertEquals(200, bench.get("/DeviceInformationX").status());
        }
    }

    @Test
    void bootWaitsBrieflyForItsPortAndFailsWhenItStaysTaken() throws Exception {
        build("127.0.1.38", FirmwareProfile.faithful());
        int port = phone.uri().getPort();
        InetSocketAddress own = new InetSocketAddress(phone.uri().getHost(), port);
        phone.close();   // lets go of the port's hold, so a listener can take it; new phones take the same port
        try (ServerSocket previous = listener(own)) {
            // a listener on the port, as the previous server's would be if it had not let go yet
            CompletableFuture.delayedExecutor(300, TimeUnit.MILLISECONDS).execute(() -> closeQuietly(previous));
            build("127.0.1.38", FirmwareProfile.faithful(), port).powerOn();
            clock.advance(Duration.ofSeconds(40));
            phone.awaitReady(Duration.ofSeconds(5));
            assertEquals(port, phone.uri().getPort());
        }

        phone.close();
        try (ServerSocket stays = listener(own)) {
            build("127.0.1.38", FirmwareProfile.faithful(), port).powerOn();
            clock.advance(Duration.ofSeconds(40));
            assertEquals(PowerState.OFF, phone.state(), "a port taken for longer than the patience fails the boot");
            assertTrue(console.stream().anyMatch(l -> l.contains("cannot serve HTTP on 127.0.1.38:" + port)),
                    console.toString());
        }
    }

    private static ServerSocket listener(InetSocketAddress at) throws IOException {
        ServerSocket socket = new ServerSocket();
        socket.setReuseAddress(true);
        socket.bind(at);
        return socket;
    }

    private static void closeQuietly(ServerSocket socket) {
        try {
            socket.close();
        } catch (IOException e) {
            // closed already
        }
    }

    private static void assertHeld(VirtualPhone phone) {
        assertThrows(BindException.class, () -> {
            try (Socket s = new Socket()) {
                s.bind(new InetSocketAddress(phone.uri().getHost(), phone.uri().getPort()));
            }
        }, "nothing else may bind the phone's port while it is off");
    }

    private static void assertRefused(VirtualPhone phone) {
        assertThrows(ConnectException.class, () -> {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(phone.uri().getHost(), phone.uri().getPort()), 2000);
            }
        });
    }

}
