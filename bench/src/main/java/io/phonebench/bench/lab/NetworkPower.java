package io.phonebench.bench.lab;

import io.phonebench.bench.rig.SwitchSpec;
import io.phonebench.drivers.power.KmtronicLanRelay;
import io.phonebench.drivers.power.ModbusTcpRelay;
import io.phonebench.drivers.power.PduOutlet;
import io.phonebench.drivers.power.PowerSwitch;
import io.phonebench.drivers.power.RelayBoard;
import io.phonebench.drivers.power.SafeState;
import io.phonebench.drivers.power.Sleeper;
import io.phonebench.drivers.power.SnmpCredentials;
import io.phonebench.drivers.power.SnmpPdu;
import io.phonebench.emulator.network.SimulatedSnmpPdu;
import java.net.InetAddress;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Power switches on the network: a rack PDU over SNMP ({@code snmp-pdu}), or its twin ({@code simulated-snmp-pdu}),
 * an SNMP agent on loopback wired to the virtual phones, driven by the same {@link SnmpPdu} a lab uses; Ethernet
 * relay boards over HTTP ({@code http-relay}, KMtronic LAN) and Modbus TCP ({@code modbus-tcp-relay}).
 */
final class NetworkPower {
    private static final Duration SNMP_TIMEOUT = Duration.ofSeconds(2);
    private static final int SNMP_RETRIES = 1;
    private static final Duration RELAY_TIMEOUT = Duration.ofSeconds(2);

    private final Teardown teardown;
    private final VirtualPowerWiring router;
    private final Map<String, SimulatedSnmpPdu> twins = new HashMap<>();
    private final Map<String, RelayBoard> boards = new HashMap<>();

    NetworkPower(Teardown teardown, VirtualPowerWiring router) {
        this.teardown = teardown;
        this.router = router;
    }

    PowerSwitch outlet(SwitchSpec.RackPdu pdu, int channel, Duration offTime, SafeState safe) {
        return new SnmpPdu(pdu.outlets().get(channel - 1), pdu.vendor(), pdu.credentials(), SNMP_TIMEOUT,
                SNMP_RETRIES, offTime, safe, Sleeper.REAL);
    }

    PowerSwitch simulatedOutlet(SwitchSpec.SimulatedRackPdu pdu, int channel, Duration offTime, SafeState safe,
                                Sleeper offTimeSleeper) {
        SimulatedSnmpPdu twin = twin(pdu);
        return new SnmpPdu(new PduOutlet(pdu.name(), "127.0.0.1", twin.port(), channel), pdu.vendor(),
                pdu.credentials(), SNMP_TIMEOUT, SNMP_RETRIES, offTime, safe, offTimeSleeper);
    }

    RelayBoard httpRelay(SwitchSpec.HttpRelay relay) {
        return boards.computeIfAbsent(relay.name(), name -> teardown.add(new KmtronicLanRelay(name, relay.url(),
                relay.channels(), RELAY_TIMEOUT)));
    }

    RelayBoard modbusRelay(SwitchSpec.ModbusRelay relay) {
        return boards.computeIfAbsent(relay.name(), name -> teardown.add(new ModbusTcpRelay(name, relay.host(),
                relay.tcpPort(), relay.unit(), relay.channels(), RELAY_TIMEOUT)));
    }

    private SimulatedSnmpPdu twin(SwitchSpec.SimulatedRackPdu pdu) {
        return twins.computeIfAbsent(pdu.name(), name -> {
            SimulatedSnmpPdu.Access access = pdu.credentials() instanceof SnmpCredentials.Community c
                    ? SimulatedSnmpPdu.Access.community(c.community())
                    : access((SnmpCredentials.User) pdu.credentials());
            SimulatedSnmpPdu twin = teardown.add(SimulatedSnmpPdu.start(name, pdu.vendor().fileName(),
                    pdu.channels(), access, InetAddress.getLoopbackAddress(), router.forBoard(name)));
            twin.mute(pdu.fault().filter("silent"::equals).isPresent());
            twin.ignoreSets(pdu.fault().filter("stuck"::equals).isPresent());   // answers, outlets never move
            return twin;
        });
    }

    private static SimulatedSnmpPdu.Access access(SnmpCredentials.User user) {
        return SimulatedSnmpPdu.Access.user(user.user(), user.authPassword(), user.privPassword());
    }
}
