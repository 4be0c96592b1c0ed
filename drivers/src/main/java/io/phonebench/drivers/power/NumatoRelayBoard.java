package io.phonebench.drivers.power;

import io.phonebench.drivers.serial.SerialLine;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Numato Lab USB relay modules: ASCII {@code relay on N}, {@code relay off N}, {@code relay read N} ended by CR. The
 * module echoes the command, answers {@code on} or {@code off} to a read, and ends with the prompt {@code >}. On the
 * wire relays count from 0 (0-9, then A-V); the bench counts from 1 as printed on the board, so channel 1 is relay 0.
 */
public final class NumatoRelayBoard implements RelayBoard {
    private static final String RELAY_IDS = "0123456789ABCDEFGHIJKLMNOPQRSTUV";

    private final String name;
    private final int channels;
    private final BoardLine line;

    public NumatoRelayBoard(String name, SerialLine serial, int channels, CommandPolicy policy, Sleeper sleeper) {
        if (channels < 1 || channels > RELAY_IDS.length()) {
            throw new IllegalArgumentException("Numato board " + name + ": expected 1.." + RELAY_IDS.length()
                    + " channels, saw " + channels);
        }
        this.name = name;
        this.channels = channels;
        this.line = new BoardLine(name, serial, policy, sleeper);
    }

    public NumatoRelayBoard(String name, SerialLine serial, int channels) {
        this(name, serial, channels, CommandPolicy.DEFAULT, Sleeper.REAL);
    }

    /** The relay id Numato uses on the wire for bench channel {@code channel}. */
    public static char relayId(int channel) {
        return RELAY_IDS.charAt(channel - 1);
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
        command((energised ? "relay on " : "relay off ") + relayId(channel), channel);
    }

    @Override
    public Optional<Boolean> get(int channel) {
        channel(channel);
        String answer = command("relay read " + relayId(channel), channel);
        return Optional.of(answer.equals("on"));
    }

    /** Sends {@code command}, checks the echo and returns what came between the echo and the prompt. */
    private String command(String command, int channel) {
        boolean isRead = command.startsWith("relay read");
        return line.exchange(command, channel, (link, timeout) -> {
            link.write((command + "\r").getBytes(StandardCharsets.US_ASCII));
            String reply = Replies.readUntil(link, '>', timeout);
            String body = reply.substring(0, reply.length() - 1).trim();
            if (!body.startsWith(command)) {
                throw new NoAnswer("'" + body + "' instead of the echo '" + command + "'");
            }
            String answer = body.substring(command.length()).trim();
            if (isRead && !answer.equals("on") && !answer.equals("off")) {
                throw new NoAnswer("'" + answer + "' instead of 'on' or 'off'");
            }
            if (!isRead && !answer.isEmpty()) {
                throw new NoAnswer("unexpected text '" + answer + "' after the echo");
            }
            return answer;
        });
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
