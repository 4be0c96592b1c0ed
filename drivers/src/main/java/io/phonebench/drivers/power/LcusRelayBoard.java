package io.phonebench.drivers.power;

import io.phonebench.drivers.serial.SerialLine;

import java.util.Optional;

/**
 * LCUS-type USB relay boards (CH340, 9600 8N1): frame {@code A0 channel state checksum}, checksum = sum of the first
 * three bytes mod 256. The board never answers, so it cannot be read back: {@link #get} reports the last state set.
 */
public final class LcusRelayBoard implements RelayBoard {
    public static final int BAUD = 9600;
    private static final int START = 0xA0;

    private final String name;
    private final int channels;
    private final BoardLine line;
    private final Boolean[] lastSet;

    public LcusRelayBoard(String name, String portPath, int channels, CommandPolicy policy, Sleeper sleeper) {
        if (channels < 1 || channels > 8) {
            throw new IllegalArgumentException("LCUS board " + name + ": expected 1..8 channels, saw " + channels);
        }
        this.name = name;
        this.channels = channels;
        this.line = new BoardLine(name, new SerialLine(portPath, BAUD), policy, sleeper);
        this.lastSet = new Boolean[channels + 1];
    }

    public LcusRelayBoard(String name, String portPath, int channels) {
        this(name, portPath, channels, CommandPolicy.DEFAULT, Sleeper.REAL);
    }

    /** The frame that switches {@code channel}; public so the simulated twin's test can speak it too. */
    public static byte[] frame(int channel, boolean energised) {
        int state = energised ? 1 : 0;
        return new byte[] {(byte) START, (byte) channel, (byte) state, (byte) ((START + channel + state) & 0xFF)};
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int channelCount() {
        return channels;
    }

    @Override
    public void set(int channel, boolean energised) {
        channel(channel);   // validates the index
        byte[] frame = frame(channel, energised);
        line.exchange(Replies.hex(frame), channel, (link, timeout) -> {
            link.write(frame);
            return null;
        });
        synchronized (lastSet) {
            lastSet[channel] = energised;
        }
    }

    @Override
    public Optional<Boolean> get(int channel) {
        channel(channel);
        synchronized (lastSet) {
            return Optional.ofNullable(lastSet[channel]);
        }
    }

    @Override
    public String describe() {
        return line.describe();
    }

    @Override
    public void close() {
        line.close();
    }
}
