package io.phonebench.bench.rig;

import io.phonebench.drivers.power.KmtronicCodec;
import io.phonebench.drivers.power.LcusCodec;
import io.phonebench.drivers.power.NumatoCodec;
import io.phonebench.drivers.power.RelayCodec;
import io.phonebench.emulator.serial.ChannelListener;
import io.phonebench.emulator.serial.PseudoTerminalPair;
import io.phonebench.emulator.serial.SimulatedKmtronicBoard;
import io.phonebench.emulator.serial.SimulatedLcusBoard;
import io.phonebench.emulator.serial.SimulatedNumatoBoard;
import io.phonebench.emulator.serial.SimulatedRelayBoard;
import java.util.Arrays;
import java.util.Optional;

/**
 * The serial relay board families a rig may name, each with its codec (the real board's wire protocol, used by
 * {@code SerialRelayBoard}) and its simulated twin. Adding a family is one line here: the rig file then accepts
 * {@code type: NAME} and {@code type: simulated-NAME}, with the codec's channel limit and default baud.
 */
public enum BoardFamily {
    LCUS(new LcusCodec(), SimulatedLcusBoard::new),
    NUMATO(new NumatoCodec(), SimulatedNumatoBoard::new),
    KMTRONIC(new KmtronicCodec(), SimulatedKmtronicBoard::new);

    /** Starts a family's simulated twin on the device end of a pseudo-terminal pair. */
    @FunctionalInterface
    public interface Twin {
        SimulatedRelayBoard start(String name, PseudoTerminalPair pair, int channels, ChannelListener listener);
    }

    private final RelayCodec codec;
    private final Twin twin;

    BoardFamily(RelayCodec codec, Twin twin) {
        this.codec = codec;
        this.twin = twin;
    }

    /** The spelling in rig files, e.g. {@code lcus}. */
    public String fileName() {
        return codec.family();
    }

    public RelayCodec codec() {
        return codec;
    }

    public Twin twin() {
        return twin;
    }

    public static Optional<BoardFamily> fromFileName(String name) {
        return Arrays.stream(values()).filter(f -> f.fileName().equals(name)).findFirst();
    }
}
