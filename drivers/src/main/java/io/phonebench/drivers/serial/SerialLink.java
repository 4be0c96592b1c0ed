package io.phonebench.drivers.serial;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import io.phonebench.drivers.BenchInfrastructureException;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The one door to jSerialComm: an open 8N1 serial port with bounded reads. Every {@code false} and {@code -1} the
 * library returns becomes a {@link BenchInfrastructureException} naming the port, the operation, the OS error and a
 * hint. Thread-safe for one reader thread and one writer thread at a time, and for a close from any thread: a close
 * waits for the read slice or write in progress to return before it closes the descriptor, because jSerialComm does
 * not guard its own calls against a concurrent close: a read under it failed with a made-up end of stream, and a read
 * or write that reached the descriptor number after the OS had reused it would talk to another device.
 */
public final class SerialLink implements AutoCloseable {
    /** Granularity of a blocking read: short enough that a closed link is noticed quickly. */
    private static final int READ_SLICE_MS = 50;
    private static final int WRITE_TIMEOUT_MS = 1000;
    private static final Duration LINGER = Duration.ofMillis(50);

    private final SerialLine line;
    private final SerialPort port;
    private final ReentrantLock reading = new ReentrantLock();
    private final ReentrantLock writing = new ReentrantLock();
    private final AtomicBoolean closed = new AtomicBoolean();
    private volatile long lastWriteNanos;

    private SerialLink(SerialLine line, SerialPort port) {
        this.line = line;
        this.port = port;
    }

    /** Opens {@code line}, retrying as {@code policy} says. */
    public static SerialLink open(SerialLine line, OpenPolicy policy) {
        Objects.requireNonNull(line, "line");
        Objects.requireNonNull(policy, "policy");
        BenchInfrastructureException last = null;
        for (int attempt = 1; attempt <= policy.attempts(); attempt++) {
            try {
                return openOnce(line);
            } catch (BenchInfrastructureException e) {
                last = e;
                if (attempt < policy.attempts()) {
                    pause(policy.pause(), line);
                }
            }
        }
        if (policy.attempts() == 1) {
            throw last;
        }
        throw new BenchInfrastructureException(last.getMessage() + " (after " + policy.attempts() + " attempts)", last);
    }

    /** Opens {@code line} with {@link OpenPolicy#DEFAULT}. */
    public static SerialLink open(SerialLine line) {
        return open(line, OpenPolicy.DEFAULT);
    }

    /** The serial ports the OS lists right now, for error messages and {@code phonebench check}. */
    public static List<String> existingPorts() {
        return Arrays.stream(SerialPort.getCommPorts()).map(SerialPort::getSystemPortPath).sorted().toList();
    }

    private static SerialLink openOnce(SerialLine line) {
        if (!Files.exists(Path.of(line.path()))) {
            throw new BenchInfrastructureException("serial port " + line.path() + ": open failed: no such device;"
                    + " existing ports: " + describe(existingPorts()));
        }
        SerialPort port;
        try {
            port = SerialPort.getCommPort(line.path());
        } catch (SerialPortInvalidPortException e) {
            throw new BenchInfrastructureException("serial port " + line.path() + ": open failed: not a serial device ("
                    + e.getMessage() + "); existing ports: " + describe(existingPorts()), e);
        }
        port.setComPortParameters(line.baud(), 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        port.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING,
                READ_SLICE_MS, WRITE_TIMEOUT_MS);
        if (!port.openPort()) {
            OsError error = new OsError(port.getLastErrorCode());
            throw new BenchInfrastructureException("serial port " + line.path() + ": open at " + line.baud()
                    + " baud failed: " + error.describe() + "; hint: " + error.hint(line.path()));
        }
        return new SerialLink(line, port);
    }

    private static String describe(List<String> ports) {
        return ports.isEmpty() ? "none" : String.join(", ", ports);
    }

    private static void pause(Duration pause, SerialLine line) {
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchInfrastructureException("serial port " + line.path() + ": interrupted while retrying open", e);
        }
    }

    public SerialLine line() {
        return line;
    }

    public String path() {
        return line.path();
    }

    public boolean isOpen() {
        return !closed.get() && port.isOpen();
    }

    /** Writes all of {@code bytes} or throws. */
    public void write(byte[] bytes) {
        int written;
        writing.lock();
        try {
            ensureOpen("write");
            written = port.writeBytes(bytes, bytes.length);
            lastWriteNanos = System.nanoTime();
        } finally {
            writing.unlock();
        }
        if (written != bytes.length) {
            throw failure("write of " + bytes.length + " bytes", "wrote " + written);
        }
    }

    /**
     * Reads what arrives within {@code timeout} into {@code buffer}: returns as soon as at least one byte is there,
     * or 0 when the timeout passes in silence. Throws when the port has gone away.
     */
    public int read(byte[] buffer, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        do {
            int count;
            reading.lock();   // one slice at a time, so a close gets in between slices
            try {
                ensureOpen("read");
                count = port.readBytes(buffer, buffer.length);
            } finally {
                reading.unlock();
            }
            if (count < 0) {
                throw failure("read", "the port reported end of stream");
            }
            if (count > 0) {
                return count;
            }
        } while (System.nanoTime() < deadline);
        return 0;
    }

    /** Drops whatever the device sent that nobody asked for, e.g. a late answer to a timed-out command. */
    public void discardInput() {
        byte[] buffer = new byte[256];
        reading.lock();
        try {
            ensureOpen("discard input");
            while (port.bytesAvailable() > 0) {
                if (port.readBytes(buffer, buffer.length) < 0) {
                    throw failure("discard input", "the port reported end of stream");
                }
            }
        } finally {
            reading.unlock();
        }
    }

    private void ensureOpen(String operation) {
        if (closed.get()) {
            throw new BenchInfrastructureException("serial port " + line.path() + ": " + operation
                    + " on a link that was already closed");
        }
    }

    private BenchInfrastructureException failure(String operation, String seen) {
        OsError error = new OsError(port.getLastErrorCode());
        return new BenchInfrastructureException("serial port " + line.path() + ": " + operation + " failed: " + seen
                + ", " + error.describe() + "; hint: " + error.hint(line.path()));
    }

    /**
     * Closes the port, once the read slice ({@value #READ_SLICE_MS} ms at most) and the write ({@value
     * #WRITE_TIMEOUT_MS} ms at most) in progress have returned; later reads and writes fail as closed. Closing
     * discards output the other end has not taken yet (a pty reports none queued even then), so a link written to
     * moments ago lingers up to {@code LINGER} first: the last command must arrive.
     */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        reading.lock();
        writing.lock();
        try {
            long lingerLeft = lastWriteNanos + LINGER.toNanos() - System.nanoTime();
            if (lastWriteNanos != 0 && lingerLeft > 0) {
                LockSupport.parkNanos(lingerLeft);
            }
            port.closePort();
        } finally {
            writing.unlock();
            reading.unlock();
        }
    }

    @Override
    public String toString() {
        return "SerialLink[" + line.path() + " @" + line.baud() + "]";
    }
}
