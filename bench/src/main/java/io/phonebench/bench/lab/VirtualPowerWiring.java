package io.phonebench.bench.lab;

import io.phonebench.emulator.serial.ChannelListener;
import io.phonebench.emulator.serial.PseudoTerminalPair;
import io.phonebench.emulator.virtual.VirtualPhone;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Wires simulated relay contacts to the virtual phones they power, so switching a channel off really takes that
 * phone down. Energised contact = phone powered (normally-open wiring, as in the rig file).
 */
final class VirtualPowerWiring {
    private final Map<String, VirtualPhone> byContact = new ConcurrentHashMap<>();

    void connect(String board, int channel, VirtualPhone phone) {
        byContact.put(board + "#" + channel, phone);
    }

    ChannelListener forBoard(String board) {
        return (channel, energised) -> {
            VirtualPhone phone = byContact.get(board + "#" + channel);
            if (phone == null) {
                return;
            }
            if (energised) {
                phone.powerOn();
            } else {
                phone.powerOff();
            }
        };
    }

    /** Simulated boards use socat pty pairs when socat is on the PATH. */
    static boolean socatAvailable() {
        return PseudoTerminalPair.socatInstalled();
    }
}
