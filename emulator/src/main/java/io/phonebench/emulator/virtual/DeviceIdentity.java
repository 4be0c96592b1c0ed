package io.phonebench.emulator.virtual;

import io.phonebench.emulator.catalog.PhoneModel;
import java.net.InetAddress;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Who a virtual phone says it is on its device pages. Everything derives from the model and the address, so the same
 * rig gives the same MAC and serial number on every run.
 *
 * @param mac          12 upper-case hex digits without separators, Cisco OUI 0003E3 (7940 capture, §7.1)
 * @param hostName     {@code SEP} + MAC, as CUCM names phones
 * @param serialNumber Cisco-style {@code FCH} + 8 characters
 */
public record DeviceIdentity(String mac, String hostName, String serialNumber, String modelNumber,
                             String versionId, String appLoadId, String bootLoadId, String address) {

    static DeviceIdentity of(PhoneModel model, InetAddress address) {
        byte[] ip = address.getAddress();
        int n = ip.length;
        String mac = "0003E3" + HexFormat.of().withUpperCase().formatHex(new byte[] {ip[n - 3], ip[n - 2], ip[n - 1]});
        int digest = (model.name() + "/" + address.getHostAddress()).hashCode();
        String serial = "FCH" + String.format(Locale.ROOT, "%08X", digest);
        FirmwareLoad load = FirmwareLoad.of(model.generation());
        return new DeviceIdentity(mac, "SEP" + mac, serial, modelNumber(model), load.versionId(), load.appLoadId(),
                load.bootLoadId(), address.getHostAddress());
    }

    /**
     * The model as the device page names it. A captured CP-7940G DeviceInformationX (published in the POIP spec and
     * in node-cuipp's fakePhone.js) reports {@code CP-7940}, without the G it sends in x-CiscoIPPhoneModelName;
     * classic-old firmware does the same here. Later firmware keeps the full name, for want of a capture.
     */
    static String modelNumber(PhoneModel model) {
        String name = model.name();
        return model.generation() == PhoneModel.Generation.CLASSIC_OLD && name.matches(".*\\dG")
                ? name.substring(0, name.length() - 1) : name;
    }

    /** Firmware loads a lab would certify, per generation. */
    private record FirmwareLoad(String versionId, String appLoadId, String bootLoadId) {
        static FirmwareLoad of(PhoneModel.Generation generation) {
            return switch (generation) {
                case CLASSIC_OLD -> new FirmwareLoad("8.1(2.0)", "P00308010200", "PC030301");
                case CLASSIC_NEW -> new FirmwareLoad("9.4(2SR3)", "SCCP70.9-4-2SR3-1S", "tnp65.8-3-1-21a.bin");
                case CURRENT -> new FirmwareLoad("14.2(1)", "sip88xx.14-2-1-0201-10", "bootrom.14-2-1");
            };
        }
    }
}
