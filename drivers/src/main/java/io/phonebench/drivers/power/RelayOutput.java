package io.phonebench.drivers.power;

import java.util.Optional;

/** One contact of a relay board. */
record RelayOutput(RelayBoard board, int channel) implements OutputChannel {

    @Override
    public void set(boolean on) {
        board.set(channel, on);
    }

    @Override
    public Optional<Boolean> get() {
        return board.get(channel);
    }

    @Override
    public String describe() {
        return board.describe() + " channel " + channel;
    }
}
