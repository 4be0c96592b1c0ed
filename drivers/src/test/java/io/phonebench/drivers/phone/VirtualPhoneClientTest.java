package io.phonebench.drivers.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.drivers.BenchInfrastructureException;
import io.phonebench.emulator.catalog.PhoneCatalog;
import io.phonebench.emulator.catalog.PhoneModel;
import io.phonebench.emulator.virtual.Fault;
import io.phonebench.emulator.virtual.VirtualPhone;
import io.phonebench.protocol.device.DeviceInformation;
import io.phonebench.protocol.object.CiscoIPPhoneExecute;
import io.phonebench.protocol.object.CiscoIPPhoneResponse;
import io.phonebench.protocol.object.CiscoIPPhoneText;
import io.phonebench.protocol.object.ExecuteItem;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.BindException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The client against the emulator's virtual CP-7970G over real loopback HTTP. */
class VirtualPhoneClientTest {
    private static final String PASSWORD = "v1rtual-Pa55";
    private static final Duration UP = Duration.ofSeconds(30);   // a bound, not an expectation: loaded CI machines

    private PhoneModel model;
    private VirtualPhone phone;
    private PhoneClient client;

    @BeforeEach
    void bootPhone() {
        model = PhoneCatalog.standard().model("CP-7970G");
        phone = VirtualPhone.builder(model).credentials("bench", PASSWORD).bootTime(Duration.ofMillis(50)).build();
        phone.start();
        client = new PhoneClient(address(PASSWORD), model.pushLimitBytes(), settings(Duration.ofSeconds(3)));
        client.waitUntilUp(UP);
    }

    @AfterEach
    void stopPhone() {
        client.close();
        phone.close();
    }

    /** First renders of the reference screen load a lot of classes: give them time, except where timeouts are tested. */
    private static PhoneClientSettings settings(Duration responseTimeout) {
        return PhoneClientTest.fastSettings().withTimeouts(Duration.ofMillis(500), responseTimeout);
    }

    private PhoneAddress address(String password) {
        return new PhoneAddress(phone.uri().getHost(), phone.uri().getPort(), "bench", password);
    }

    /**
     * A phone that booted closed every connection the bench held: the pool must not hand the next push one of them.
     * Within the pool's 2 s validation window (a virtual phone boots in 50 ms here) it would, and the push would
     * fail with no answer though the phone is up.
     */
    @Test
    void pushesOnFreshConnectionsAfterThePhoneRebooted() {
        for (int boot = 0; boot < 3; boot++) {
            assertTrue(client.push(new CiscoIPPhoneText("Bench", "boot " + boot, "before")).allSucceeded());
            phone.powerOff();
            phone.powerOn();
            phone.awaitReady(UP);   // the boot as an event, as the bench learns of a virtual phone's: no HTTP poll
            client.forgetConnections();
            assertTrue(client.push(new CiscoIPPhoneText("Bench", "boot " + boot, "after")).allSucceeded(),
                    "boot " + boot);
        }
    }

    @Test
    void pushesAnExecuteAndReadsTheResponse() {
        CiscoIPPhoneResponse response = client.push(CiscoIPPhoneExecute.of(new ExecuteItem("Key:Services")));
        assertEquals(1, response.responseItems().size());
        assertEquals("Key:Services", response.responseItems().get(0).url());
    }

    @Test
    void pushesADisplayableObject() {
        CiscoIPPhoneResponse response = client.push(new CiscoIPPhoneText("Bench", "ready", "Hello from the bench"));
        assertTrue(response.allSucceeded(), response.toString());
    }

    @Test
    void refusesAnObjectOverTheModelsPushLimit() {
        phone.clearRequests();
        CiscoIPPhoneText big = new CiscoIPPhoneText("Big", null, "y".repeat(model.pushLimitBytes()));
        assertThrows(PushLimitExceededException.class, () -> client.push(big));
        assertTrue(phone.requests().isEmpty(), "nothing may reach the phone: " + phone.requests());
    }

    @Test
    void reportsRefusedCredentials() {
        try (PhoneClient wrong = new PhoneClient(address("not-the-password"), model.pushLimitBytes(),
                settings(Duration.ofSeconds(3)))) {
            PhoneAuthenticationException e = assertThrows(PhoneAuthenticationException.class,
                    () -> wrong.push(CiscoIPPhoneExecute.of(new ExecuteItem("Key:Services"))));
            assertFalse(e.getMessage().contains("not-the-password"), e.getMessage());
            assertThrows(PhoneAuthenticationException.class, wrong::screenshot);
        }
    }

    @Test
    void takesAScreenshotOfThePanel() {
        BufferedImage shot = client.screenshot();
        assertEquals(model.screenshotWidth(), shot.getWidth());
        assertEquals(model.screenshotHeight(), shot.getHeight());
    }

    @Test
    void readsTheDevicePages() {
        DeviceInformation info = client.deviceInformation();
        assertTrue(info.modelNumber().isPresent(), info.toString());
        assertTrue(info.hostName().orElseThrow().startsWith("SEP"), info.toString());
        assertTrue(client.networkConfiguration().ipAddress().isPresent());
        assertTrue(client.ethernetInformation().txFrames().isPresent());
        assertTrue(client.port(1).fields().size() > 0);
        assertTrue(client.streamingStatistics(1).fields().containsKey("RemoteAddr"));
        assertEquals(Optional.empty(), client.deviceLog(0).entries().stream().filter(e -> e.name().isEmpty())
                .findFirst());
    }

    @Test
    void reportsAPageOutsideTheModelsRangeAsAnHttpError() {
        BenchInfrastructureException e = assertThrows(BenchInfrastructureException.class,
                () -> client.port(model.ethernetPorts() + 1));
        assertTrue(e.getMessage().contains("HTTP 404"), e.getMessage());
    }

    @Test
    void givesUpOnAStalledPhone() {
        phone.inject(new Fault.Stall(Duration.ofSeconds(2)));
        try (PhoneClient impatient = new PhoneClient(address(PASSWORD), model.pushLimitBytes(),
                settings(Duration.ofMillis(300)))) {
            BenchInfrastructureException e = assertThrows(BenchInfrastructureException.class,
                    impatient::deviceInformation);
            assertTrue(e.getMessage().contains("GET /DeviceInformationX failed"), e.getMessage());
        }
    }

    @Test
    void reportsAGarbageScreenshot() {
        phone.inject(new Fault.GarbageScreenshot());
        assertThrows(PhoneAnswerException.class, client::screenshot);
    }

    @Test
    void timesOutWaitingForAPhoneWithoutPower() {
        phone.powerOff();
        BenchInfrastructureException e = assertThrows(BenchInfrastructureException.class,
                () -> client.waitUntilUp(Duration.ofMillis(200)));
        assertTrue(e.getMessage().contains("last answer:"), e.getMessage());
        assertTrue(e.getMessage().contains("Connect"), e.getMessage());
    }

    @Test
    void waitsForAPhoneThroughItsBoot() {
        phone.powerOff();
        phone.powerOn();
        assertTrue(client.waitUntilUp(UP).hostName().isPresent());
    }

    /**
     * A virtual phone's RTP port taken by another process of the bench host is the host's fault: the phone answers
     * HTTP 503 naming the port, which the bench reports as infrastructure (BROKEN), never as a ResponseItem the judge
     * would hold against the firmware (FAILED).
     */
    @Test
    void reportsAnRtpPortTakenOnTheHostAsInfrastructure() throws IOException {
        InetAddress phoneAddress = InetAddress.getByName(phone.uri().getHost());
        int port;
        try (DatagramSocket squatter = evenPortOn(phoneAddress)) {
            port = squatter.getLocalPort();
            BenchInfrastructureException e = assertThrows(BenchInfrastructureException.class,
                    () -> client.push(CiscoIPPhoneExecute.of(new ExecuteItem("RTPRx:127.0.0.1:" + port))));
            assertTrue(e.getMessage().contains("503") && e.getMessage().contains("port " + port)
                    && e.getMessage().contains("bench host fault"), e.getMessage());
        }
        // the port freed, the same request succeeds: nothing of the refusal stayed behind
        assertTrue(client.push(CiscoIPPhoneExecute.of(new ExecuteItem("RTPRx:127.0.0.1:" + port))).allSucceeded());
        client.push(CiscoIPPhoneExecute.of(new ExecuteItem("RTPRx:Stop")));
    }

    /** An even port in the range RTP URIs allow, bound on {@code address}: the first free one from 30000. */
    private static DatagramSocket evenPortOn(InetAddress address) throws IOException {
        for (int port = 30000; port <= 32766; port += 2) {
            try {
                return new DatagramSocket(new InetSocketAddress(address, port));
            } catch (BindException taken) {
                // try the next
            }
        }
        throw new IOException("no free even port in 30000-32766 on " + address.getHostAddress());
    }
}
