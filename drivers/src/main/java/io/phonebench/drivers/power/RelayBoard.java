package io.phonebench.drivers.power;

import java.util.Optional;

/** A board of relay contacts on one serial line; it hands out its contacts as {@link OutputChannel}s. */
public interface RelayBoard extends AutoCloseable {

    /** The board's name in the rig file. */
    String name();

    int channelCount();

    /** Switches contact {@code channel} (1-based, as printed on the board). */
    void set(int channel, boolean energised);

    /** Reads contact {@code channel} back, or the last state set where the board cannot report it. */
    Optional<Boolean> get(int channel);

    /** {@code relay board 'board1' (/dev/ttyUSB0)}, for messages. */
    String describe();

    default OutputChannel channel(int channel) {
        if (channel < 1 || channel > channelCount()) {
            throw new IllegalArgumentException(describe() + ": expected a channel 1.." + channelCount()
                    + ", saw " + channel);
        }
        return new RelayOutput(this, channel);
    }

    @Override
    void close();
}
