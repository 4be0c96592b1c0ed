package io.phonebench.drivers.power;

import io.phonebench.drivers.BenchInfrastructureException;
import io.phonebench.emulator.network.SimulatedSnmpPdu;
import io.phonebench.emulator.network.SimulatedSnmpPdu.Access;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each vendor's outlet control against the PDU's agent twin over loopback UDP, which accepts only the exact objects
 * and values of that vendor's MIB; SNMPv2c and SNMPv3 authPriv; and every network fault ending BROKEN with the PDU,
 * its address and the outlet named, the secrets never.
 */
class SnmpPduTest {
    private static final Access V2C = Access.community("lab-write");
    private static final Access V3 = Access.user("bench", "auth-secret-1", "priv-secret-1");
    private final List<String> switched = new ArrayList<>();
    private SimulatedSnmpPdu agent;

    private SnmpPdu outlet(PduVendor vendor, Access access, SnmpCredentials credentials, int outlet,
                           Duration timeout) {
        agent = SimulatedSnmpPdu.start("pdu1", vendor.fileName(), 8, access, InetAddress.getLoopbackAddress(),
                (channel, on) -> switched.add(channel + (on ? " on" : " off")));
        return new SnmpPdu(new PduOutlet("pdu1", "127.0.0.1", agent.port(), outlet), vendor, credentials, timeout, 1,
                Duration.ofSeconds(4), SafeState.ON, new RecordingSleeper());
    }

    /** Generous timeout so a loaded CI machine does not trigger SNMP retries (which repeat a SET). */
    private SnmpPdu v2c(PduVendor vendor, int outlet) {
        return outlet(vendor, V2C, new SnmpCredentials.Community("lab-write"), outlet, Duration.ofSeconds(2));
    }

    @AfterEach
    void stopAgent() {
        if (agent != null) {
            agent.close();
        }
    }

    @Test
    void apcCycleWritesSpduOutletCtlOffThenOnAndReadsEachBack() {
        v2c(PduVendor.APC, 3).cycle();
        String ctl = "1.3.6.1.4.1.318.1.1.4.4.2.1.3.3";
        assertEquals(List.of("SET " + ctl + " = 2", "GET " + ctl, "SET " + ctl + " = 1", "GET " + ctl),
                agent.requests());
        assertEquals(List.of("3 off", "3 on"), switched);
    }

    @Test
    void raritanCycleWritesSwitchingOperationAndReadsOutletSwitchingState() {
        v2c(PduVendor.RARITAN, 5).cycle();
        String op = "1.3.6.1.4.1.13742.6.4.1.2.1.2.1.5";
        String state = "1.3.6.1.4.1.13742.6.4.1.2.1.3.1.5";
        assertEquals(List.of("SET " + op + " = 0", "GET " + state, "SET " + op + " = 1", "GET " + state),
                agent.requests());
        assertEquals(List.of("5 off", "5 on"), switched);
    }

    @Test
    void eatonCycleWritesOffCmdThenOnCmdWithNoDelay() {
        v2c(PduVendor.EATON, 2).cycle();
        String base = "1.3.6.1.4.1.534.6.6.7.6.6.1.";
        assertEquals(List.of("SET " + base + "3.0.2 = 0", "GET " + base + "2.0.2", "SET " + base + "4.0.2 = 0",
                "GET " + base + "2.0.2"), agent.requests());
        assertEquals(List.of("2 off", "2 on"), switched);
    }

    @ParameterizedTest
    @EnumSource(PduVendor.class)
    void snmpV3AuthPrivSwitchesAndReadsBack(PduVendor vendor) {
        SnmpPdu pdu = outlet(vendor, V3, new SnmpCredentials.User("bench", "auth-secret-1", "priv-secret-1"), 1,
                Duration.ofSeconds(2));
        pdu.off();
        assertEquals(Optional.of(false), pdu.state());
        assertFalse(agent.outlet(1));
        pdu.on();
        assertEquals(Optional.of(true), pdu.state());
        assertEquals(List.of("1 off", "1 on"), switched);
    }

    @Test
    void wrongV3PasswordIsBrokenWithoutRevealingIt() {
        SnmpPdu pdu = outlet(PduVendor.APC, V3, new SnmpCredentials.User("bench", "wrong-secret", "priv-secret-1"),
                1, Duration.ofMillis(300));
        BenchInfrastructureException error = assertThrows(BenchInfrastructureException.class, pdu::off);
        assertTrue(error.getMessage().startsWith("apc PDU 'pdu1' (127.0.0.1:" + agent.port() + ") outlet 1: SET "),
                error.getMessage());
        assertFalse(error.getMessage().contains("wrong-secret") || error.getMessage().contains("priv-secret-1"),
                error.getMessage());
        assertTrue(agent.outlet(1));
    }

    @Test
    void silentAgentIsBrokenWithinTheTimeoutWithoutRevealingCommunity() {
        SnmpPdu pdu = outlet(PduVendor.RARITAN, V2C, new SnmpCredentials.Community("lab-write"), 4,
                Duration.ofMillis(200));
        agent.mute(true);
        long start = System.nanoTime();
        BenchInfrastructureException error = assertThrows(BenchInfrastructureException.class, pdu::on);
        assertTrue(Duration.ofNanos(System.nanoTime() - start).toSeconds() < 5);
        assertEquals("raritan PDU 'pdu1' (127.0.0.1:" + agent.port() + ") outlet 4: SET"
                + " 1.3.6.1.4.1.13742.6.4.1.2.1.2.1.4 = 1: no answer within 200 ms x 2 tries (hint: a wrong community"
                + " answers nothing)", error.getMessage());
        assertFalse(error.getMessage().contains("lab-write"));
    }

    @Test
    void noAgentOnThePortIsBroken() throws Exception {
        int closedPort;
        try (DatagramSocket probe = new DatagramSocket(0, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        SnmpPdu pdu = new SnmpPdu(new PduOutlet("pdu9", "127.0.0.1", closedPort, 1), PduVendor.EATON,
                new SnmpCredentials.Community("lab-write"), Duration.ofMillis(200), 0, Duration.ofSeconds(1),
                SafeState.ON, new RecordingSleeper());
        BenchInfrastructureException error = assertThrows(BenchInfrastructureException.class, pdu::state);
        assertTrue(error.getMessage().startsWith("eaton PDU 'pdu9' (127.0.0.1:" + closedPort + ") outlet 1: GET"
                + " 1.3.6.1.4.1.534.6.6.7.6.6.1.2.0.1: no answer within 200 ms x 1 tries"), error.getMessage());
    }

    @Test
    void agentGoingSilentMidSwitchIsBrokenOnTheReadBack() {
        SnmpPdu pdu = outlet(PduVendor.APC, V2C, new SnmpCredentials.Community("lab-write"), 2,
                Duration.ofMillis(200));
        agent.muteAfterNextSet();
        BenchInfrastructureException error = assertThrows(BenchInfrastructureException.class, pdu::off);
        assertTrue(error.getMessage().contains("outlet 2: GET 1.3.6.1.4.1.318.1.1.4.4.2.1.3.2: no answer"),
                error.getMessage());
    }

    @Test
    void outletThatDoesNotMoveIsBroken() {
        SnmpPdu pdu = v2c(PduVendor.EATON, 6);
        agent.ignoreSets(true);
        BenchInfrastructureException error = assertThrows(BenchInfrastructureException.class, pdu::off);
        assertTrue(error.getMessage().endsWith("outlet 6: outlet reads on after SET"
                + " 1.3.6.1.4.1.534.6.6.7.6.6.1.3.0.6 = 0 (switching off)"), error.getMessage());
    }

    @Test
    void readBackOutsideTheMibsEnumerationIsBroken() {
        SnmpPdu pdu = v2c(PduVendor.RARITAN, 1);
        agent.answerOutOfRange(true);
        BenchInfrastructureException error = assertThrows(BenchInfrastructureException.class, pdu::state);
        assertTrue(error.getMessage().endsWith("expected 7 = on, 8 = off, saw Integer32 42"), error.getMessage());
    }

    @Test
    void outletThePduDoesNotHaveIsTheAgentsError() {
        BenchInfrastructureException error = assertThrows(BenchInfrastructureException.class,
                () -> v2c(PduVendor.APC, 9).on());
        assertTrue(error.getMessage().contains("outlet 9: SET 1.3.6.1.4.1.318.1.1.4.4.2.1.3.9 = 1: the agent"
                + " answered"), error.getMessage());
    }
}
