package io.phonebench.drivers.power;

import java.util.Optional;

/**
 * KMtronic USB/RS232 relay boards (9600 8N1): {@code FF channel state} switches a relay and has no answer;
 * {@code FF 09 00} asks for the status, answered with one byte per relay ({@code 01} on, {@code 00} off), as
 * KMtronic documents for its 4- and 8-relay boards. Every switch is followed by a status request, so a silent board
 * is noticed at once.
 */
public final class KmtronicCodec implements RelayCodec {
    private static final byte[] STATUS_REQUEST = {(byte) 0xFF, 0x09, 0x00};

    @Override
    public String family() {
        return "kmtronic";
    }

    @Override
    public int maxChannels() {
        return 8;
    }

    @Override
    public int defaultBaud() {
        return 9600;
    }

    @Override
    public BoardCommand switching(int channel, boolean energised, int channels) {
        byte[] frame = {(byte) 0xFF, (byte) channel, (byte) (energised ? 1 : 0)};
        byte[] both = new byte[frame.length + STATUS_REQUEST.length];
        System.arraycopy(frame, 0, both, 0, frame.length);
        System.arraycopy(STATUS_REQUEST, 0, both, frame.length, STATUS_REQUEST.length);
        return BoardCommand.answeredWith(Replies.hex(frame) + " then status", both, channels);
    }

    @Override
    public void checkSwitched(byte[] answer, int channel, boolean energised) throws NoAnswer {
        boolean now = parseReading(answer, channel);
        if (now != energised) {
            throw new NoAnswer("status reads " + (now ? "on" : "off") + " after switching "
                    + (energised ? "on" : "off"));
        }
    }

    @Override
    public Optional<BoardCommand> reading(int channel, int channels) {
        return Optional.of(BoardCommand.answeredWith(Replies.hex(STATUS_REQUEST), STATUS_REQUEST, channels));
    }

    @Override
    public boolean parseReading(byte[] answer, int channel) throws NoAnswer {
        for (byte b : answer) {
            if (b != 0 && b != 1) {
                throw new NoAnswer("status " + Replies.hex(answer) + " with a byte other than 00 or 01");
            }
        }
        return answer[channel - 1] == 1;
    }
}
