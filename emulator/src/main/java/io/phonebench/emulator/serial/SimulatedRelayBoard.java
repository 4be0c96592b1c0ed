package io.phonebench.emulator.serial;

/**
 * A simulated relay board: its contacts, which tests read, and in a subclass the wire protocol of its family (the
 * twin of that family's codec on the bench side, written from the maker's documentation on its own, so a codec
 * mistake is not mirrored by its twin).
 */
public abstract class SimulatedRelayBoard extends SimulatedSerialDevice {
    /** The board's contacts; changes go to the listener. */
    protected final RelayBank relays;

    protected SimulatedRelayBoard(String name, PseudoTerminalPair pair, int channels, ChannelListener listener) {
        super(name, pair);
        this.relays = new RelayBank(channels, listener);
    }

    public final boolean isEnergised(int channel) {
        return relays.isEnergised(channel);
    }
}
