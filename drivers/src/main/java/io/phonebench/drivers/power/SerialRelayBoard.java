package io.phonebench.drivers.power;

import io.phonebench.drivers.serial.SerialLine;
import io.phonebench.drivers.serial.SerialLink;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A relay board on a serial line (LCUS, Numato, KMtronic, ...): the {@link RelayCodec} says what goes on the wire
 * and what the answers mean; this class talks at the line's baud, one command at a time, within a deadline, with
 * bounded retries. A board whose family cannot be read back reports the last state set.
 */
public final class SerialRelayBoard implements RelayBoard {
    private final String name;
    private final SerialLine serial;
    private final int channels;
    private final RelayCodec codec;
    private final BoardLine line;
    private final Boolean[] lastSet;

    public SerialRelayBoard(String name, SerialLine serial, int channels, RelayCodec codec, CommandPolicy policy,
                            Sleeper sleeper) {
        this.codec = Objects.requireNonNull(codec, "codec");
        if (channels < 1 || channels > codec.maxChannels()) {
            throw new IllegalArgumentException(codec.family() + " board " + name + ": expected 1.."
                    + codec.maxChannels() + " channels, saw " + channels);
        }
        this.name = Objects.requireNonNull(name, "name");
        this.serial = Objects.requireNonNull(serial, "serial");
        this.channels = channels;
        this.line = new BoardLine(name, serial, policy, sleeper);
        this.lastSet = new Boolean[channels + 1];
    }

    public SerialRelayBoard(String name, SerialLine serial, int channels, RelayCodec codec) {
        this(name, serial, channels, codec, CommandPolicy.DEFAULT, Sleeper.REAL);
    }

    @Override
    public String name() {
        return name;
    }

    /** The device and the baud this board is driven at. */
    public SerialLine serial() {
        return serial;
    }

    @Override
    public int channelCount() {
        return channels;
    }

    @Override
    public void set(int channel, boolean energised) {
        channel(channel);   // validates the index
        BoardCommand command = codec.switching(channel, energised, channels);
        line.exchange(command.text(), channel, (link, timeout) -> {
            codec.checkSwitched(send(link, command, timeout), channel, energised);
            return null;
        });
        synchronized (lastSet) {
            lastSet[channel] = energised;
        }
    }

    @Override
    public Optional<Boolean> get(int channel) {
        channel(channel);
        Optional<BoardCommand> reading = codec.reading(channel, channels);
        if (reading.isEmpty()) {
            synchronized (lastSet) {
                return Optional.ofNullable(lastSet[channel]);
            }
        }
        BoardCommand command = reading.get();
        return Optional.of(line.exchange(command.text(), channel,
                (link, timeout) -> codec.parseReading(send(link, command, timeout), channel)));
    }

    private static byte[] send(SerialLink link, BoardCommand command, Duration timeout) throws NoAnswer {
        link.write(command.bytes());
        if (command.answerLength() > 0) {
            return Replies.readExactly(link, command.answerLength(), timeout);
        }
        if (command.answerEnd() >= 0) {
            return Replies.readUntil(link, (char) command.answerEnd(), timeout)
                    .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        return new byte[0];
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
