package io.phonebench.bench.rig;

import java.util.List;
import java.util.Optional;

/**
 * One power switch of a rig: a relay board, a GPIO header, a PDU or a PoE switch. Fields that a type does not use
 * are empty; the rig file reader refuses keys a type does not know.
 *
 * @param name      the key under {@code power:}, which phones refer to
 * @param type      what kind of switch
 * @param channels  number of outputs, numbered 1..channels
 * @param port      serial device of a relay board ({@code /dev/ttyUSB0}); empty for simulated boards
 * @param baud      serial speed of a relay board; 0 when not serial
 * @param host      network address of a PDU daemon or PoE switch
 * @param community SNMP community of a PoE switch: a secret, hidden from {@link #toString()}
 * @param pdu       the PDU's name in pdudaemon's configuration
 * @param provider  Pi4J provider for GPIO: {@code gpiod} on a lab machine, {@code mock} in tests
 * @param pins      BCM pin of each GPIO channel, channel 1 first
 * @param activeLow GPIO output energises at low level
 * @param safeOn    the state outputs are left in when the bench exits: true = phones powered
 * @param fault     injected fault of a simulated board ({@code silent}: never answers; {@code stuck}: answers
 *                  but its contacts never move); empty for a healthy or real switch
 * @param line      line of the switch in the rig file, for messages about it
 * @param network   vendor, port and SNMP credentials of a switch on the network ({@code snmp-pdu}); empty otherwise
 */
public record SwitchSpec(
        String name,
        RelayType type,
        int channels,
        Optional<String> port,
        int baud,
        Optional<String> host,
        Optional<String> community,
        Optional<String> pdu,
        Optional<String> provider,
        List<Integer> pins,
        boolean activeLow,
        boolean safeOn,
        Optional<String> fault,
        int line,
        Optional<NetworkPowerSpec> network) {

    public SwitchSpec {
        pins = List.copyOf(pins);
    }

    /** A switch that is not on the network. */
    public SwitchSpec(String name, RelayType type, int channels, Optional<String> port, int baud, Optional<String> host,
                      Optional<String> community, Optional<String> pdu, Optional<String> provider, List<Integer> pins,
                      boolean activeLow, boolean safeOn, Optional<String> fault, int line) {
        this(name, type, channels, port, baud, host, community, pdu, provider, pins, activeLow, safeOn, fault, line,
                Optional.empty());
    }

    @Override
    public String toString() {
        return "SwitchSpec[name=" + name + ", type=" + type.fileName() + ", channels=" + channels
                + port.map(p -> ", port=" + p).orElse("") + (baud > 0 ? ", baud=" + baud : "")
                + host.map(h -> ", host=" + h).orElse("") + community.map(c -> ", community=****").orElse("")
                + pdu.map(p -> ", pdu=" + p).orElse("") + provider.map(p -> ", provider=" + p).orElse("")
                + (pins.isEmpty() ? "" : ", pins=" + pins) + (activeLow ? ", activeLow" : "")
                + ", safeState=" + (safeOn ? "on" : "off") + fault.map(f -> ", fault=" + f).orElse("")
                + network.map(n -> ", " + n).orElse("") + ", line=" + line + "]";
    }
}
