package io.phonebench.bench.lab;

import io.phonebench.drivers.power.OutputChannel;
import io.phonebench.emulator.serial.ChannelListener;
import java.util.Optional;

/** A simulated relay contact without a serial line, for machines without socat: it switches the listener directly. */
final class InProcessRelay implements OutputChannel {
    private final String board;
    private final int channel;
    private final ChannelListener listener;
    private volatile Optional<Boolean> state = Optional.empty();

    InProcessRelay(String board, int channel, ChannelListener listener) {
        this.board = board;
        this.channel = channel;
        this.listener = listener;
    }

    @Override
    public void set(boolean on) {
        state = Optional.of(on);
        listener.changed(channel, on);
    }

    @Override
    public Optional<Boolean> get() {
        return state;
    }

    @Override
    public String describe() {
        return "simulated relay board '" + board + "' (in-process) channel " + channel;
    }
}
