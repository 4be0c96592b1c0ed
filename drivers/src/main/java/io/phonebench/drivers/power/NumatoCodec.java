package io.phonebench.drivers.power;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * Numato Lab USB relay modules: ASCII {@code relay on N}, {@code relay off N}, {@code relay read N} ended by CR. The
 * module echoes the command, answers {@code on} or {@code off} to a read, and ends with the prompt {@code >}. On the
 * wire relays count from 0 (0-9, then A-V); the bench counts from 1 as printed on the board, so channel 1 is relay 0.
 * Numato's user guides for these modules (numato.com/docs, "USB Relay Modules") set the terminal to 19200 8N1, as
 * their sample code does; the module is a USB CDC device, so a host that asks another speed still works.
 */
public final class NumatoCodec implements RelayCodec {
    public static final int BAUD = 19200;
    private static final String RELAY_IDS = "0123456789ABCDEFGHIJKLMNOPQRSTUV";

    @Override
    public String family() {
        return "numato";
    }

    @Override
    public int maxChannels() {
        return RELAY_IDS.length();
    }

    @Override
    public int defaultBaud() {
        return BAUD;
    }

    /** The relay id Numato uses on the wire for bench channel {@code channel}. */
    public static char relayId(int channel) {
        return RELAY_IDS.charAt(channel - 1);
    }

    @Override
    public BoardCommand switching(int channel, boolean energised, int channels) {
        return command((energised ? "relay on " : "relay off ") + relayId(channel));
    }

    @Override
    public void checkSwitched(byte[] answer, int channel, boolean energised) throws NoAnswer {
        String rest = afterEcho(answer, (energised ? "relay on " : "relay off ") + relayId(channel));
        if (!rest.isEmpty()) {
            throw new NoAnswer("unexpected text '" + rest + "' after the echo");
        }
    }

    @Override
    public Optional<BoardCommand> reading(int channel, int channels) {
        return Optional.of(command("relay read " + relayId(channel)));
    }

    @Override
    public boolean parseReading(byte[] answer, int channel) throws NoAnswer {
        String state = afterEcho(answer, "relay read " + relayId(channel));
        if (!state.equals("on") && !state.equals("off")) {
            throw new NoAnswer("'" + state + "' instead of 'on' or 'off'");
        }
        return state.equals("on");
    }

    private static BoardCommand command(String text) {
        return BoardCommand.answeredUntil(text, (text + "\r").getBytes(StandardCharsets.US_ASCII), '>');
    }

    /** Checks the echo and returns what came between it and the prompt. */
    private static String afterEcho(byte[] answer, String command) throws NoAnswer {
        String reply = new String(answer, StandardCharsets.US_ASCII);
        String body = reply.substring(0, reply.length() - 1).trim();
        if (!body.startsWith(command)) {
            throw new NoAnswer("'" + body + "' instead of the echo '" + command + "'");
        }
        return body.substring(command.length()).trim();
    }
}
