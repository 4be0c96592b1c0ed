package io.phonebench.drivers.power;

import io.phonebench.emulator.serial.ChannelListener;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** Collects what the simulated board's contacts did, as the bench's VirtualPhone wiring would see it. */
final class RecordingListener implements ChannelListener {
    private final List<String> changes = new CopyOnWriteArrayList<>();

    @Override
    public void changed(int channel, boolean energised) {
        changes.add(channel + (energised ? " on" : " off"));
    }

    List<String> changes() {
        return List.copyOf(changes);
    }
}
