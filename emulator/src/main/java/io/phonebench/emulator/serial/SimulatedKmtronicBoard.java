package io.phonebench.emulator.serial;

import java.io.ByteArrayOutputStream;

/**
 * A KMtronic USB relay board: {@code FF channel state} switches (no answer); {@code FF 09 00} is answered with one
 * byte per relay, {@code 01} on, {@code 00} off. Other frames are ignored. Corrupted answers carry {@code 5A} bytes.
 */
public final class SimulatedKmtronicBoard extends SimulatedRelayBoard {
    private static final int START = 0xFF;
    private static final int STATUS = 0x09;

    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();

    public SimulatedKmtronicBoard(String name, PseudoTerminalPair pair, int channels, ChannelListener listener) {
        super(name, pair, upToEight(name, channels), listener);
        startReading();
    }

    private static int upToEight(String name, int channels) {
        if (channels > 8) {
            throw new IllegalArgumentException("simulated KMtronic board " + name + ": expected 1..8 channels, saw "
                    + channels);
        }
        return channels;
    }

    @Override
    protected void receive(byte[] data, int length) {
        for (int i = 0; i < length; i++) {
            int b = data[i] & 0xFF;
            if (pending.size() == 0 && b != START) {
                continue;
            }
            pending.write(b);
            if (pending.size() == 3) {
                byte[] frame = pending.toByteArray();
                pending.reset();
                apply(frame[1] & 0xFF, frame[2] & 0xFF);
            }
        }
    }

    private void apply(int channel, int state) {
        if (channel == STATUS && state == 0) {
            byte[] status = new byte[relays.channels()];
            for (int c = 1; c <= status.length; c++) {
                status[c - 1] = answersCorrupted() ? 0x5A : (byte) (relays.isEnergised(c) ? 1 : 0);
            }
            answer(status);
        } else if (relays.has(channel) && state <= 1) {
            relays.set(channel, state == 1);
        }
    }
}
