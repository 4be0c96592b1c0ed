package io.phonebench.emulator.serial;

/** Told when a simulated relay contact changes, so the bench can wire it to a VirtualPhone's power. */
@FunctionalInterface
public interface ChannelListener {
    ChannelListener NONE = (channel, on) -> { };

    void changed(int channel, boolean energised);
}
