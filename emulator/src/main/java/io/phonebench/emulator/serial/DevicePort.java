package io.phonebench.emulator.serial;

import com.fazecast.jSerialComm.SerialPort;

import java.nio.file.Path;

/**
 * The device side of a pseudo-terminal, opened with jSerialComm: the one class in the emulator that imports it.
 * Reads wait at most {@value #READ_SLICE_MS} ms so a reader thread notices a stop quickly.
 */
final class DevicePort implements AutoCloseable {
    static final int READ_SLICE_MS = 50;

    private final Path path;
    private final SerialPort port;

    private DevicePort(Path path, SerialPort port) {
        this.path = path;
        this.port = port;
    }

    static DevicePort open(Path path) {
        SerialPort port = SerialPort.getCommPort(path.toString());
        port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING | SerialPort.TIMEOUT_WRITE_BLOCKING,
                READ_SLICE_MS, 1000);
        if (!port.openPort()) {
            throw new IllegalStateException("simulated device on " + path + ": open failed, OS error "
                    + port.getLastErrorCode());
        }
        return new DevicePort(path, port);
    }

    /** Bytes read, 0 after {@value #READ_SLICE_MS} ms of silence, -1 when the pty has gone. */
    int read(byte[] buffer) {
        return port.readBytes(buffer, buffer.length);
    }

    /** False when the pty has gone. */
    boolean write(byte[] bytes) {
        return port.writeBytes(bytes, bytes.length) == bytes.length;
    }

    @Override
    public void close() {
        port.closePort();
    }

    @Override
    public String toString() {
        return "DevicePort[" + path + "]";
    }
}
