package io.phonebench.drivers.power;

import io.phonebench.drivers.serial.SerialLine;
import io.phonebench.drivers.serial.SerialLink;

import java.time.Duration;

import java.util.Optional;

/**
 * KMtronic USB/RS232 relay boards (9600 8N1): {@code FF channel state} switches a relay and has no answer;
 * {@code FF 09 00} asks for the status, answered with one byte per relay ({@code 01} on, {@code 00} off), as
 * KMtronic documents for its 4- and 8-relay boards. Every switch is read back, so a silent board is noticed at once.
 */
public final class KmtronicRelayBoard implements RelayBoard {
    public static final int BAUD = 9600;
    private static final byte[] STATUS_REQUEST = {(byte) 0xFF, 0x09, 0x00};

    private final String name;
    private final int channels;
    private final BoardLine line;

    public KmtronicRelayBoard(String name, String portPath, int channels, CommandPolicy policy, Sleeper sleeper) {
        if (channels < 1 || channels > 8) {
            throw new IllegalArgumentException("KMtronic board " + name + ": expected 1..8 channels, saw " + channels);
        }
        this.name = name;
        this.channels = channels;
        this.line = new BoardLine(name, new SerialLine(portPath, BAUD), policy, sleeper);
    }

    public KmtronicRelayBoard(String name, String portPath, int channels) {
        this(name, portPath, channels, CommandPolicy.DEFAULT, Sleeper.REAL);
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
        channel(channel);
        byte[] frame = {(byte) 0xFF, (byte) channel, (byte) (energised ? 1 : 0)};
        line.exchange(Replies.hex(frame) + " then status", channel, (link, timeout) -> {
            link.write(frame);
            boolean now = status(link, timeout)[channel - 1];
            if (now != energised) {
                throw new NoAnswer("status reads " + (now ? "on" : "off") + " after switching "
                        + (energised ? "on" : "off"));
            }
            return null;
        });
    }

    @Override
    public Optional<Boolean> get(int channel) {
        channel(channel);
        return Optional.of(line.exchange(Replies.hex(STATUS_REQUEST), channel,
                (link, timeout) -> status(link, timeout)[channel - 1]));
    }

    private boolean[] status(SerialLink link, Duration timeout) throws NoAnswer {
        link.write(STATUS_REQUEST);
        byte[] answer = Replies.readExactly(link, channels, timeout);
        boolean[] states = new boolean[channels];
        for (int i = 0; i < channels; i++) {
            if (answer[i] != 0 && answer[i] != 1) {
                throw new NoAnswer("status " + Replies.hex(answer) + " with a byte other than 00 or 01");
            }
            states[i] = answer[i] == 1;
        }
        return states;
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
