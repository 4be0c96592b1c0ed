package io.phonebench.bench.lab;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.phonebench.bench.rig.RigFile;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rig's GPIO power line, built from the rig file as the power command builds it (Pi4J mock platform). */
class PhonePowerTest {

    @Test
    void gpioLineOfTheRigSwitchesThePhoneAndReadsBack(@TempDir Path dir) throws Exception {
        Path rig = Files.writeString(dir.resolve("pi.yaml"), """
                name: pi-lab
                credentials: { user: bench, password: "${PHONEBENCH_PASSWORD:-bench}" }
                serviceHost: { bind: 127.0.0.1, port: 0 }
                power:
                  gpio: { type: gpio, provider: mock, channels: 2, pins: [17, 27], activeLow: true }
                phones:
                  - name: desk-7960
                    model: CP-7960G
                    address: 127.0.6.1
                    power: { switch: gpio, channel: 2 }
                """);

        try (PhonePower phone = PhonePower.open(RigFile.load(rig), "desk-7960",
                new PrintStream(new ByteArrayOutputStream()))) {
            phone.power().on();
            assertEquals(Optional.of(true), phone.power().state());
            phone.power().off();
            assertEquals(Optional.of(false), phone.power().state());
        }
    }
}
