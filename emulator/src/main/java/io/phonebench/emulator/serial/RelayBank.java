package io.phonebench.emulator.serial;

import java.util.Objects;

/** The contacts of a simulated relay board, 1-based; changes go to the listener. All start de-energised. */
final class RelayBank {
    private final boolean[] energised;
    private final ChannelListener listener;

    RelayBank(int channels, ChannelListener listener) {
        if (channels < 1) {
            throw new IllegalArgumentException("simulated relay board: expected 1 or more channels, saw " + channels);
        }
        this.energised = new boolean[channels + 1];
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    int channels() {
        return energised.length - 1;
    }

    boolean has(int channel) {
        return channel >= 1 && channel <= channels();
    }

    void set(int channel, boolean on) {
        boolean changed;
        synchronized (this) {
            changed = energised[channel] != on;
            energised[channel] = on;
        }
        if (changed) {
            listener.changed(channel, on);
        }
    }

    synchronized boolean isEnergised(int channel) {
        if (!has(channel)) {
            throw new IllegalArgumentException("simulated relay board: expected a channel 1.." + channels()
                    + ", saw " + channel);
        }
        return energised[channel];
    }
}
