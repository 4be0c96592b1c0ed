package io.phonebench.emulator.serial;

import java.io.ByteArrayOutputStream;

/**
 * An LCUS USB relay board: frames {@code A0 channel state checksum} (checksum = sum of the first three bytes mod
 * 256), no answers. A frame with a wrong checksum, an unknown channel or a state other than 0/1 is ignored, as the
 * real board does; {@link #ignoredFrames()} counts them.
 */
public final class SimulatedLcusBoard extends SimulatedRelayBoard {
    private static final int START = 0xA0;

    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private volatile int ignoredFrames;

    public SimulatedLcusBoard(String name, PseudoTerminalPair pair, int channels, ChannelListener listener) {
        super(name, pair, channels, listener);
        startReading();
    }

    public int ignoredFrames() {
        return ignoredFrames;
    }

    @Override
    protected void receive(byte[] data, int length) {
        for (int i = 0; i < length; i++) {
            int b = data[i] & 0xFF;
            if (pending.size() == 0 && b != START) {
                continue;   // resynchronise on the start byte
            }
            pending.write(b);
            if (pending.size() == 4) {
                byte[] frame = pending.toByteArray();
                pending.reset();
                apply(frame);
            }
        }
    }

    private void apply(byte[] frame) {
        int channel = frame[1] & 0xFF;
        int state = frame[2] & 0xFF;
        int checksum = frame[3] & 0xFF;
        if (checksum != ((START + channel + state) & 0xFF) || !relays.has(channel) || state > 1) {
            ignoredFrames++;
            return;
        }
        relays.set(channel, state == 1);
    }
}
