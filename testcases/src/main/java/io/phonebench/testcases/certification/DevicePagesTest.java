package io.phonebench.testcases.certification;

import io.phonebench.bench.expect.Judge;
import io.phonebench.bench.expect.ModelIdentity;
import io.phonebench.bench.junit.PhoneTest;
import io.phonebench.bench.phone.Phone;
import io.phonebench.bench.verdict.Evidence;
import io.phonebench.bench.verdict.Verdict;
import io.phonebench.protocol.device.DeviceInformation;

/**
 * The certification row per device page: each page the model serves parses, and the fields the SDK fixes (model
 * number, identity) are what the rig and catalog say the phone is.
 */
class DevicePagesTest {

    @PhoneTest
    void deviceInformationNamesTheModel(Phone phone) {
        DeviceInformation info = phone.control().deviceInformation();

        String model = info.modelNumber().orElse("(absent)");
        Judge.require(ModelIdentity.sameModel(model, phone.modelSheet().name())
                ? Verdict.passed("DeviceInformationX modelNumber is " + model + " (" + ModelIdentity.LATITUDE + ")",
                        evidence(info))
                : Verdict.failed("DeviceInformationX of " + phone.name() + ": expected modelNumber "
                        + phone.modelSheet().name() + " (" + ModelIdentity.LATITUDE + "), saw " + model, evidence(info)));
    }

    @PhoneTest
    void deviceInformationIdentifiesTheDevice(Phone phone) {
        DeviceInformation info = phone.control().deviceInformation();

        boolean identified = info.macAddress().isPresent() && info.serialNumber().isPresent()
                && (info.versionId().isPresent() || info.appLoadId().isPresent());
        Judge.require(identified
                ? Verdict.passed("DeviceInformationX names MAC, serial number and firmware", evidence(info))
                : Verdict.failed("DeviceInformationX of " + phone.name() + ": expected MACAddress, serialNumber and "
                        + "versionID or appLoadID, saw fields " + info.fields().keySet(), evidence(info)));
    }

    private static Evidence evidence(DeviceInformation info) {
        return Evidence.text("DeviceInformationX", String.valueOf(info.fields()));
    }
}
