package io.phonebench.drivers.power;

import io.phonebench.drivers.BenchInfrastructureException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.snmp4j.CommandResponder;
import org.snmp4j.CommandResponderEvent;
import org.snmp4j.MessageException;
import org.snmp4j.PDU;
import org.snmp4j.Snmp;
import org.snmp4j.mp.StatusInformation;
import org.snmp4j.smi.Address;
import org.snmp4j.smi.Integer32;
import org.snmp4j.smi.OID;
import org.snmp4j.smi.OctetString;
import org.snmp4j.smi.UdpAddress;
import org.snmp4j.smi.VariableBinding;
import org.snmp4j.transport.DefaultUdpTransportMapping;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Against a PoE switch stand-in: an snmp4j responder on loopback UDP that keeps pethPsePortAdminEnable values. */
class PoeSnmpSwitchTest {
    private static final OID PORT_1_12 = new OID(PoeSnmpSwitch.ADMIN_ENABLE + ".1.12");
    private final Map<OID, Integer> adminEnable = new ConcurrentHashMap<>(Map.of(PORT_1_12, 1));
    private final List<Integer> sets = new CopyOnWriteArrayList<>();
    private volatile boolean mute;
    private Snmp agent;
    private int agentPort;

    @BeforeEach
    void startAgent() throws IOException {
        startAgent(InetAddress.getLoopbackAddress());
    }

    private void startAgent(InetAddress address) throws IOException {
        if (agent != null) {
            agent.close();
        }
        DefaultUdpTransportMapping transport = new DefaultUdpTransportMapping(new UdpAddress(address, 0));
        agent = new Snmp(transport);
        agent.addCommandResponder(new CommandResponder() {
            @Override
            public <A extends Address> void processPdu(CommandResponderEvent<A> event) {
                answer(event);
            }
        });
        agent.listen();
        agentPort = transport.getListenAddress().getPort();
    }

    private <A extends Address> void answer(CommandResponderEvent<A> event) {
        if (mute || !new OctetString("lab-write").equals(new OctetString(event.getSecurityName()))) {
            return;   // a wrong community gets no answer, as on a real switch
        }
        PDU request = event.getPDU();
        PDU response = new PDU();
        response.setType(PDU.RESPONSE);
        response.setRequestID(request.getRequestID());
        for (VariableBinding binding : request.getVariableBindings()) {
            OID oid = binding.getOid();
            if (!adminEnable.containsKey(oid)) {
                response.setErrorStatus(PDU.noSuchName);
                response.add(binding);
                continue;
            }
            if (request.getType() == PDU.SET) {
                int value = binding.getVariable().toInt();
                sets.add(value);
                adminEnable.put(oid, value);
            }
            response.add(new VariableBinding(oid, new Integer32(adminEnable.get(oid))));
        }
        event.setProcessed(true);
        try {
            event.getMessageDispatcher().returnResponsePdu(event.getMessageProcessingModel(),
                    event.getSecurityModel(), event.getSecurityName(), event.getSecurityLevel(), response,
                    event.getMaxSizeResponsePDU(), event.getStateReference(), new StatusInformation());
        } catch (MessageException e) {
            throw new IllegalStateException("test agent could not answer", e);
        }
    }

    @AfterEach
    void stopAgent() throws IOException {
        agent.close();
    }

    /** Generous timeout so a loaded CI machine does not trigger SNMP retries (which repeat a SET). */
    private PoeSnmpSwitch port(int number, String community) {
        return port(number, community, Duration.ofSeconds(2));
    }

    private PoeSnmpSwitch port(int number, String community, Duration timeout) {
        return new PoeSnmpSwitch(new PoePort("127.0.0.1", agentPort, 1, number), community, timeout,
                1, Duration.ofSeconds(4), SafeState.ON, new RecordingSleeper());
    }

    @Test
    void cycleDisablesThenEnablesThePsePort() {
        port(12, "lab-write").cycle();
        assertEquals(List.of(2, 1), sets);
    }

    @Test
    void switchOnAnIpv6AddressIsReached() throws IOException {
        startAgent(InetAddress.getByName("::1"));
        PoeSnmpSwitch poe = new PoeSnmpSwitch(new PoePort("::1", agentPort, 1, 12), "lab-write",
                Duration.ofSeconds(2), 1, Duration.ofSeconds(4), SafeState.ON, new RecordingSleeper());
        poe.off();
        assertEquals(Optional.of(false), poe.state());
        assertEquals(List.of(2), sets);
    }

    @Test
    void readsAdminEnableBack() {
        PoeSnmpSwitch poe = port(12, "lab-write");
        poe.off();
        assertEquals(Optional.of(false), poe.state());
        poe.on();
        assertEquals(Optional.of(true), poe.state());
    }

    @Test
    void silentAgentFailsWithinTimeoutWithoutRevealingCommunity() {
        mute = true;
        long start = System.nanoTime();
        BenchInfrastructureException error = assertThrows(BenchInfrastructureException.class,
                () -> port(12, "lab-write", Duration.ofMillis(200)).on());
        long tookMs = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertTrue(tookMs < 2000, "gave up after " + tookMs + " ms");
        assertTrue(error.getMessage().contains("port 1.12: SET 1 " + PORT_1_12 + ": no answer within 200 ms x 2 tries"),
                error.getMessage());
        assertFalse(error.getMessage().contains("lab-write"), "community must stay secret");
    }

    @Test
    void unknownPortIsReportedWithTheAgentsError() {
        BenchInfrastructureException error = assertThrows(BenchInfrastructureException.class,
                () -> port(13, "lab-write").state());
        assertTrue(error.getMessage().contains("the agent answered"), error.getMessage());
    }
}
