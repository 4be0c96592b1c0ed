package io.phonebench.bench.lab;

import io.phonebench.emulator.serial.ChannelListener;
import io.phonebench.emulator.serial.PseudoTerminalPair;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Wires simulated relay contacts to the virtual phones they power, so switching a channel off really takes that
 * phone down. Energised contact = phone powered (normally-open wiring, as in the rig file).
 */
final class VirtualPowerWiring {
    private final Map<String, Powered> byContact = new ConcurrentHashMap<>();

    /** What a contact powers: a virtual phone, whose boot may pass on its driven clock. */
    interface Powered {
        void powerOn();

        void powerOff();
    }

    void connect(String board, int channel, Powered phone) {
        byContact.put(board + "#" + channel, phone);
    }

    ChannelListener forBoard(String board) {
        return (channel, energised) -> {
            Powered phone = byContact.get(board + "#" + channel);
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
