package io.phonebench.testcases.faultfixture;

import io.phonebench.bench.junit.PhoneTest;
import io.phonebench.bench.phone.Phone;

/** Reads the device page of every phone; the rig gives one phone the malformed-device-pages firmware profile. */
class MalformedPagesScenario {
    @PhoneTest
    void readsDeviceInformation(Phone phone) {
        phone.client().deviceInformation();
    }
}
