package io.phonebench.emulator.serial;

import java.nio.charset.StandardCharsets;

/**
 * A Numato Lab USB relay module: ASCII commands ended by CR; it echoes the command, then {@code \n\r}, the answer
 * to {@code relay read N} ({@code on}/{@code off} and {@code \n\r}), and the prompt {@code >}. Relays are 0-9, A-V
 * on the wire; channel 1 is relay 0. Corrupted answers mangle the echo and the read answer.
 */
public final class SimulatedNumatoBoard extends SimulatedRelayBoard {
    private static final String RELAY_IDS = "0123456789ABCDEFGHIJKLMNOPQRSTUV";

    private final StringBuilder line = new StringBuilder();

    public SimulatedNumatoBoard(String name, PseudoTerminalPair pair, int channels, ChannelListener listener) {
        super(name, pair, channels, listener);
        startReading();
    }

    @Override
    protected void receive(byte[] data, int length) {
        for (int i = 0; i < length; i++) {
            char c = (char) (data[i] & 0xFF);
            if (c == '\r') {
                execute(line.toString().trim());
                line.setLength(0);
            } else if (c != '\n') {
                line.append(c);
            }
        }
    }

    private void execute(String command) {
        String answer = answerTo(command.split("\\s+"));
        String echo = answersCorrupted() ? command.replace('e', '#') : command;
        String reply = echo + "\n\r" + (answer.isEmpty() ? "" : answer + "\n\r") + ">";
        answer(reply.getBytes(StandardCharsets.US_ASCII));
    }

    private String answerTo(String[] words) {
        if (words.length != 3 || !words[0].equals("relay") || words[2].length() != 1) {
            return "";
        }
        int channel = RELAY_IDS.indexOf(Character.toUpperCase(words[2].charAt(0))) + 1;
        if (!relays.has(channel)) {
            return "";
        }
        switch (words[1]) {
            case "on" -> relays.set(channel, true);
            case "off" -> relays.set(channel, false);
            case "read" -> {
                String state = relays.isEnergised(channel) ? "on" : "off";
                return answersCorrupted() ? state.replace('o', '0') : state;
            }
            default -> { }
        }
        return "";
    }
}
