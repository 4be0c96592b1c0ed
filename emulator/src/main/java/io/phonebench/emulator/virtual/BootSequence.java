package io.phonebench.emulator.virtual;

import io.phonebench.emulator.catalog.PhoneModel;
import io.phonebench.emulator.clock.PhoneClock;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * What a phone prints on its console from power-on to ready, spread over its boot time on the phone's clock. Steps
 * of a boot that power has since cut are dropped.
 */
final class BootSequence {
    /** The line that tells a console watcher the phone is up; followed by a {@code login:} prompt. */
    static final String READY_MARKER = "phone ready:";

    private final PhoneModel model;
    private final DeviceIdentity identity;
    private final Duration bootTime;
    private final PhoneClock clock;
    private final ConsoleFeed console;

    BootSequence(PhoneModel model, DeviceIdentity identity, Duration bootTime, PhoneClock clock, ConsoleFeed console) {
        this.model = model;
        this.identity = identity;
        this.bootTime = bootTime;
        this.clock = clock;
        this.console = console;
    }

    void run(Runnable ready, BooleanSupplier stillBooting) {
        console.emit("*** power on");
        console.emit("Cisco " + model.name() + " bootloader " + identity.bootLoadId());
        List<String> steps = List.of(
                "Loading: " + identity.appLoadId() + " ... OK",
                "Starting network: MAC " + identity.mac() + ", IP " + identity.address(),
                "TFTP: configuration file " + identity.hostName() + ".cnf.xml loaded",
                "Registering with CallManager ...");
        for (int i = 0; i < steps.size(); i++) {
            String line = steps.get(i);
            clock.schedule(bootTime.multipliedBy(i + 1).dividedBy(steps.size() + 1), () -> {
                if (stillBooting.getAsBoolean()) {
                    console.emit(line);
                }
            });
        }
        clock.schedule(bootTime, ready);
    }

    static String readyLine(PhoneModel model, URI uri) {
        return READY_MARKER + " " + model.name() + " web server at " + uri;
    }
}
