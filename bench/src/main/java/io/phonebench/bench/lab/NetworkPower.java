package io.phonebench.bench.lab;

import io.phonebench.bench.rig.NetworkPowerSpec;
import io.phonebench.bench.rig.RelayType;
import io.phonebench.bench.rig.SwitchSpec;
import io.phonebench.drivers.power.KmtronicLanRelay;
import io.phonebench.drivers.power.ModbusTcpRelay;
import io.phonebench.drivers.power.OutputPowerSwitch;
import io.phonebench.drivers.power.PduOutlet;
import io.phonebench.drivers.power.PduVendor;
import io.phonebench.drivers.power.PowerSwitch;
import io.phonebench.drivers.power.RelayBoard;
import io.phonebench.drivers.power.SafeState;
import io.phonebench.drivers.power.Sleeper;
import io.phonebench.drivers.power.SnmpCredentials;
import io.phonebench.drivers.power.SnmpPdu;
import io.phonebench.emulator.network.SimulatedSnmpPdu;
import java.net.InetAddress;
import java.net.URI;
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

    static boolean handles(RelayType type) {
        return type == RelayType.SNMP_PDU || type == RelayType.SIMULATED_SNMP_PDU || type == RelayType.HTTP_RELAY
                || type == RelayType.MODBUS_TCP_RELAY;
    }

    PowerSwitch forChannel(SwitchSpec spec, int channel, Duration offTime, SafeState safe) {
        NetworkPowerSpec network = spec.network().orElseThrow();
        if (spec.type() == RelayType.HTTP_RELAY || spec.type() == RelayType.MODBUS_TCP_RELAY) {
            RelayBoard board = boards.computeIfAbsent(spec.name(), name -> teardown.add(
                    spec.type() == RelayType.HTTP_RELAY
                            ? new KmtronicLanRelay(name, URI.create(network.url().orElseThrow()), spec.channels(),
                                    RELAY_TIMEOUT)
                            : new ModbusTcpRelay(name, spec.host().orElseThrow(), network.networkPort(),
                                    network.unit(), spec.channels(), RELAY_TIMEOUT)));
            return new OutputPowerSwitch(board.channel(channel), offTime, false, safe, Sleeper.REAL);
        }
        PduVendor vendor = PduVendor.fromFileName(network.vendor()).orElseThrow();
        SnmpCredentials credentials = network.community().<SnmpCredentials>map(SnmpCredentials.Community::new)
                .orElseGet(() -> new SnmpCredentials.User(network.v3User().orElseThrow(),
                        network.v3AuthPassword().orElseThrow(), network.v3PrivPassword().orElseThrow()));
        String host;
        int port;
        if (spec.type() == RelayType.SIMULATED_SNMP_PDU) {
            SimulatedSnmpPdu twin = twin(spec, network);
            host = "127.0.0.1";
            port = twin.port();
        } else {
            host = spec.host().orElseThrow();
            port = network.networkPort();
        }
        return new SnmpPdu(new PduOutlet(spec.name(), host, port, channel), vendor, credentials, SNMP_TIMEOUT,
                SNMP_RETRIES, offTime, safe, Sleeper.REAL);
    }

    private SimulatedSnmpPdu twin(SwitchSpec spec, NetworkPowerSpec network) {
        return twins.computeIfAbsent(spec.name(), name -> {
            SimulatedSnmpPdu.Access access = network.community().map(SimulatedSnmpPdu.Access::community)
                    .orElseGet(() -> SimulatedSnmpPdu.Access.user(network.v3User().orElseThrow(),
                            network.v3AuthPassword().orElseThrow(), network.v3PrivPassword().orElseThrow()));
            SimulatedSnmpPdu twin = teardown.add(SimulatedSnmpPdu.start(name, network.vendor(), spec.channels(),
                    access, InetAddress.getLoopbackAddress(), router.forBoard(name)));
            twin.mute(spec.fault().filter("silent"::equals).isPresent());
            twin.ignoreSets(spec.fault().filter("stuck"::equals).isPresent());   // answers, outlets never move
            return twin;
        });
    }
}
