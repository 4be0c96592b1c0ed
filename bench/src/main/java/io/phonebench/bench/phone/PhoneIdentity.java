package io.phonebench.bench.phone;

/** Which device a result came from, read from DeviceInformationX when the rig is leased. */
public record PhoneIdentity(String serialNumber, String macAddress, String firmware) {
}
