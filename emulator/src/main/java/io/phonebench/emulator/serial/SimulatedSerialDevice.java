package io.phonebench.emulator.serial;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A device at the far end of a {@link PseudoTerminalPair}: a reader thread hands what the bench sends to
 * {@link #receive}, and {@link #answer} writes back. Faults for tests: {@link #stopAnswering}, {@link #corruptAnswers},
 * {@link #disappear()} and {@link #comeBack()}. Owns the pair and closes it.
 */
public abstract class SimulatedSerialDevice implements AutoCloseable {
    private final String name;
    private final PseudoTerminalPair pair;
    private final Thread reader;
    private volatile DevicePort port;
    private volatile boolean running = true;
    private volatile boolean silent;
    private volatile boolean corrupt;

    protected SimulatedSerialDevice(String name, PseudoTerminalPair pair) {
        this.name = Objects.requireNonNull(name, "name");
        this.pair = Objects.requireNonNull(pair, "pair");
        this.port = DevicePort.open(pair.deviceEnd());
        this.reader = new Thread(this::readLoop, "simulated-" + name);
        this.reader.setDaemon(true);
    }

    /** Starts the reader thread; subclasses call it last in their constructor. */
    protected final void startReading() {
        reader.start();
    }

    /** Handles bytes from the bench, on the reader thread. */
    protected abstract void receive(byte[] data, int length);

    /** Sends {@code bytes} to the bench unless the device is silent or gone; false if they were not sent. */
    protected final boolean answer(byte[] bytes) {
        DevicePort current = port;
        if (silent || current == null) {
            return false;
        }
        return current.write(bytes);
    }

    public final String name() {
        return name;
    }

    /** The path the bench opens, as it would open /dev/ttyUSB0. */
    public final Path benchEnd() {
        return pair.benchEnd();
    }

    /** A silent device ignores everything it is sent, as a board with a dead microcontroller does. */
    public final void stopAnswering(boolean silent) {
        this.silent = silent;
    }

    protected final boolean isSilent() {
        return silent;
    }

    /** Line noise: the device still acts, but its answers arrive corrupted. */
    public final void corruptAnswers(boolean corrupt) {
        this.corrupt = corrupt;
    }

    protected final boolean answersCorrupted() {
        return corrupt;
    }

    /** The USB adapter is pulled: the device's port closes and both pty links vanish. */
    public final synchronized void disappear() {
        DevicePort current = port;
        port = null;
        if (current != null) {
            current.close();
        }
        pair.unplug();
    }

    /** The adapter is plugged back in under the same name. */
    public final synchronized void comeBack() {
        pair.replug();
        if (port == null) {
            port = DevicePort.open(pair.deviceEnd());
        }
    }

    private void readLoop() {
        byte[] buffer = new byte[256];
        while (running) {
            DevicePort current = port;
            if (current == null) {
                idle();
                continue;
            }
            int count = current.read(buffer);
            if (count < 0) {
                idle();   // gone: disappear() is closing it, or socat died under us
            } else if (count > 0 && !silent) {
                receive(buffer, count);
            }
        }
    }

    private static void idle() {
        try {
            Thread.sleep(DevicePort.READ_SLICE_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        running = false;
        DevicePort current = port;
        port = null;
        if (current != null) {
            current.close();
        }
        try {
            reader.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        pair.close();
    }

    @Override
    public String toString() {
        return getClass().getSimpleName() + "[" + name + " on " + pair.benchEnd() + "]";
    }
}
