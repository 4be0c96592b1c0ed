package io.phonebench.bench.rig;

import java.util.Optional;

/**
 * One phone of a rig, as the rig file describes it.
 *
 * @param name             unique within the rig; tests and the CLI address phones by it
 * @param model            model name as in the emulator's catalog, e.g. {@code CP-7970G}
 * @param address          IP address or host name of the phone's HTTP interface
 * @param port             HTTP port of the phone: 80 for real phones, 0 lets a virtual phone pick one
 * @param emulatedProfile  firmware profile when the phone is emulated; empty for a real phone
 * @param power            the switch output powering the phone, when it has one
 * @param console          its serial console, when it has one
 * @param line             line of the phone's entry in the rig file
 */
public record PhoneSpec(
        String name,
        String model,
        String address,
        int port,
        Optional<String> emulatedProfile,
        Optional<PowerSpec> power,
        Optional<ConsoleSpec> console,
        int line) {

    public boolean emulated() {
        return emulatedProfile.isPresent();
    }
}
