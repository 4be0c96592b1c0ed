package io.phonebench.drivers.power;

import java.util.Optional;

/**
 * The wire protocol of one family of serial relay boards: it turns "channel N on/off" and "read channel N" into
 * bytes and judges the board's answers. {@link SerialRelayBoard} does the talking (one lock per board, deadlines,
 * bounded retries, reopening a vanished line); a codec only encodes and parses, so a new board family is one codec.
 */
public interface RelayCodec {

    /** The family as rig files spell it: {@code lcus}, {@code numato}, {@code kmtronic}. */
    String family();

    /** The most relays a board of this family has. */
    int maxChannels();

    /** The line speed the maker documents, used when the rig file gives none. */
    int defaultBaud();

    /** The command that switches {@code channel} (1-based) of a board with {@code channels} relays. */
    BoardCommand switching(int channel, boolean energised, int channels);

    /**
     * Judges the answer to {@link #switching}: returns normally when it shows the contact switched (or the family
     * never answers), throws {@link NoAnswer} quoting what was seen otherwise.
     */
    void checkSwitched(byte[] answer, int channel, boolean energised) throws NoAnswer;

    /** The command that reads {@code channel} back, or empty when the board cannot report its contacts. */
    Optional<BoardCommand> reading(int channel, int channels);

    /** The contact state in the answer to {@link #reading}; {@link NoAnswer} when it does not parse. */
    boolean parseReading(byte[] answer, int channel) throws NoAnswer;
}
