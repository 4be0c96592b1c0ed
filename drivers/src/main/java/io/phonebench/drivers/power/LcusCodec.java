package io.phonebench.drivers.power;

import java.util.Optional;

/**
 * LCUS-type USB relay boards (CH340, 9600 8N1 as their sellers document): frame {@code A0 channel state checksum},
 * checksum = sum of the first three bytes mod 256. The board never answers, so it cannot be read back; the board
 * driver reports the last state set.
 */
public final class LcusCodec implements RelayCodec {
    public static final int BAUD = 9600;
    private static final int START = 0xA0;

    @Override
    public String family() {
        return "lcus";
    }

    @Override
    public int maxChannels() {
        return 8;
    }

    @Override
    public int defaultBaud() {
        return BAUD;
    }

    /** The frame that switches {@code channel}; public so the simulated twin's test can speak it too. */
    public static byte[] frame(int channel, boolean energised) {
        int state = energised ? 1 : 0;
        return new byte[] {(byte) START, (byte) channel, (byte) state, (byte) ((START + channel + state) & 0xFF)};
    }

    @Override
    public BoardCommand switching(int channel, boolean energised, int channels) {
        byte[] frame = frame(channel, energised);
        return BoardCommand.unanswered(Replies.hex(frame), frame);
    }

    @Override
    public void checkSwitched(byte[] answer, int channel, boolean energised) {
        // no answer to judge
    }

    @Override
    public Optional<BoardCommand> reading(int channel, int channels) {
        return Optional.empty();
    }

    @Override
    public boolean parseReading(byte[] answer, int channel) {
        throw new UnsupportedOperationException("an LCUS board cannot be read back");
    }
}
