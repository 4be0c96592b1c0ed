package io.phonebench.bench.rig;

import io.phonebench.drivers.power.GpioLine;
import io.phonebench.drivers.power.PduOutlet;
import io.phonebench.drivers.power.PduVendor;
import io.phonebench.drivers.power.PoePort;
import io.phonebench.drivers.power.SnmpCredentials;
import io.phonebench.drivers.serial.SerialLine;
import java.net.URI;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One power switch of a rig, one record per kind. Each holds its driver's resource records, parsed and checked when
 * the rig loads, so binding a switch at session open parses nothing. Secrets are hidden from {@code toString()}.
 * {@link Binder} visits the family exhaustively: a new kind of switch does not compile until every binder knows it.
 */
public sealed interface SwitchSpec {

    /** The key under {@code power:}, which phones refer to. */
    String name();

    /** Outputs, numbered 1..channels. */
    int channels();

    /** The state outputs are left in when the bench exits: true = phones powered. */
    boolean safeOn();

    /** Line of the switch in the rig file, for messages about it. */
    int line();

    /** The type as rig files spell it, e.g. {@code simulated-lcus}. */
    String typeName();

    /** A twin that lives only inside a run. */
    default boolean simulated() {
        return false;
    }

    /** Injected fault of a twin ({@code silent}: never answers; {@code stuck}: answers, contacts never move). */
    default Optional<String> fault() {
        return Optional.empty();
    }

    <T> T accept(Binder<T> binder);

    /** Does something for each kind of switch; the compiler holds every binder to every kind. */
    interface Binder<T> {
        T serialBoard(SerialBoard board);

        T simulatedBoard(SimulatedBoard board);

        T gpio(GpioSwitch gpio);

        T pduDaemon(PduDaemon pdu);

        T poe(PoeSwitch poe);

        T rackPdu(RackPdu pdu);

        T simulatedRackPdu(SimulatedRackPdu pdu);

        T httpRelay(HttpRelay relay);

        T modbusRelay(ModbusRelay relay);
    }

    /** A USB/RS232 relay board ({@code lcus}, {@code numato}, {@code kmtronic}) on {@code serial} at the rig's baud. */
    record SerialBoard(String name, BoardFamily family, SerialLine serial, int channels, boolean safeOn, int line)
            implements SwitchSpec {
        @Override
        public String typeName() {
            return family.fileName();
        }

        @Override
        public <T> T accept(Binder<T> binder) {
            return binder.serialBoard(this);
        }
    }

    /** A board's simulated twin on a pseudo-terminal, driven at {@code baud} by the same driver as the real one. */
    record SimulatedBoard(String name, BoardFamily family, int baud, int channels, Optional<String> fault,
                          boolean safeOn, int line) implements SwitchSpec {
        @Override
        public String typeName() {
            return "simulated-" + family.fileName();
        }

        @Override
        public boolean simulated() {
            return true;
        }

        @Override
        public <T> T accept(Binder<T> binder) {
            return binder.simulatedBoard(this);
        }
    }

    /** GPIO lines through Pi4J: channel N is {@code lines.get(N - 1)}; {@code provider}: {@code gpiod} or {@code mock}. */
    record GpioSwitch(String name, String provider, List<GpioLine> lines, boolean safeOn, int line)
            implements SwitchSpec {
        public GpioSwitch {
            lines = List.copyOf(lines);
        }

        @Override
        public int channels() {
            return lines.size();
        }

        @Override
        public String typeName() {
            return "gpio";
        }

        @Override
        public <T> T accept(Binder<T> binder) {
            return binder.gpio(this);
        }
    }

    /** Outlets of PDU {@code pdu} behind pdudaemon's HTTP listener at {@code daemon}. */
    record PduDaemon(String name, URI daemon, String pdu, int channels, boolean safeOn, int line)
            implements SwitchSpec {
        @Override
        public String typeName() {
            return "pdudaemon";
        }

        @Override
        public <T> T accept(Binder<T> binder) {
            return binder.pduDaemon(this);
        }
    }

    /** PoE switch ports: channel N is {@code ports.get(N - 1)}; {@code community} is a secret. */
    record PoeSwitch(String name, List<PoePort> ports, String community, boolean safeOn, int line)
            implements SwitchSpec {
        public PoeSwitch {
            ports = List.copyOf(ports);
            Objects.requireNonNull(community, "community");
        }

        @Override
        public int channels() {
            return ports.size();
        }

        @Override
        public String typeName() {
            return "poe-snmp";
        }

        @Override
        public <T> T accept(Binder<T> binder) {
            return binder.poe(this);
        }

        @Override
        public String toString() {
            PoePort first = ports.get(0);
            return "PoeSwitch[name=" + name + ", agent=" + first.host() + ":" + first.snmpPort() + ", ports="
                    + ports.size() + ", community=****, safeState=" + (safeOn ? "on" : "off") + ", line=" + line + "]";
        }
    }

    /** Outlets of a rack PDU's SNMP agent: channel N is {@code outlets.get(N - 1)}. */
    record RackPdu(String name, PduVendor vendor, List<PduOutlet> outlets, SnmpCredentials credentials,
                   boolean safeOn, int line) implements SwitchSpec {
        public RackPdu {
            outlets = List.copyOf(outlets);
        }

        @Override
        public int channels() {
            return outlets.size();
        }

        @Override
        public String typeName() {
            return "snmp-pdu";
        }

        @Override
        public <T> T accept(Binder<T> binder) {
            return binder.rackPdu(this);
        }
    }

    /** A rack PDU's SNMP agent twin on loopback (any free port). */
    record SimulatedRackPdu(String name, PduVendor vendor, int channels, SnmpCredentials credentials,
                            Optional<String> fault, boolean safeOn, int line) implements SwitchSpec {
        @Override
        public String typeName() {
            return "simulated-snmp-pdu";
        }

        @Override
        public boolean simulated() {
            return true;
        }

        @Override
        public <T> T accept(Binder<T> binder) {
            return binder.simulatedRackPdu(this);
        }
    }

    /** An Ethernet relay board over HTTP (KMtronic LAN) at base URL {@code url}. */
    record HttpRelay(String name, String vendor, URI url, int channels, boolean safeOn, int line)
            implements SwitchSpec {
        @Override
        public String typeName() {
            return "http-relay";
        }

        @Override
        public <T> T accept(Binder<T> binder) {
            return binder.httpRelay(this);
        }
    }

    /** A Modbus TCP relay board: coil N-1 is relay N on unit {@code unit} at {@code host}:{@code tcpPort}. */
    record ModbusRelay(String name, String host, int tcpPort, int unit, int channels, boolean safeOn, int line)
            implements SwitchSpec {
        @Override
        public String typeName() {
            return "modbus-tcp-relay";
        }

        @Override
        public <T> T accept(Binder<T> binder) {
            return binder.modbusRelay(this);
        }
    }
}
