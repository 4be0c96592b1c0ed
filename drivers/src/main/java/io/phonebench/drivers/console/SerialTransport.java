package io.phonebench.drivers.console;

import io.phonebench.drivers.serial.OpenPolicy;
import io.phonebench.drivers.serial.SerialLine;
import io.phonebench.drivers.serial.SerialLink;

import java.time.Duration;

/** A console on a local serial device, through {@link SerialLink} (the one door to jSerialComm). */
final class SerialTransport implements ConsoleTransport {
    private final SerialLink link;

    private SerialTransport(SerialLink link) {
        this.link = link;
    }

    static SerialTransport open(SerialLine line, boolean retry) {
        return new SerialTransport(SerialLink.open(line, retry ? OpenPolicy.DEFAULT : OpenPolicy.ONCE));
    }

    @Override
    public int read(byte[] buffer, Duration slice) {
        return link.read(buffer, slice);
    }

    @Override
    public void write(byte[] bytes) {
        link.write(bytes);
    }

    @Override
    public void close() {
        link.close();
    }
}
