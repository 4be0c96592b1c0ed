package io.phonebench.bench.rig;

/**
 * Which switch output powers a phone: bound by name when the rig loads.
 *
 * @param switchName key of the switch under {@code power:} in the rig file
 * @param channel    1-based channel (relay contact, GPIO pin index or PoE port) on that switch
 */
public record PowerSpec(String switchName, int channel) {
}
