package io.phonebench.bench.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.emulator.virtual.FirmwareProfile;
import io.phonebench.emulator.virtual.PowerState;
import io.phonebench.protocol.object.CiscoIPPhoneText;
import org.junit.jupiter.api.Test;

/** The benchmark's fleets: phones on their own loopback addresses, ready to be timed as soon as they are built. */
class VirtualPhoneFleetTest {

    @Test
    void realisticTimingPhonesAreReadyWithoutSittingThroughTheir45SecondBoot() {
        try (VirtualPhoneFleet fleet = new VirtualPhoneFleet(241, FirmwareProfile.named("realistic-timing"))) {
            fleet.growTo(3);   // waits at most 10 s per phone for READY

            for (int i = 0; i < 3; i++) {
                assertEquals(PowerState.READY, fleet.phone(i).state(), fleet.phone(i).toString());
            }
            assertTrue(fleet.client(2).push(new CiscoIPPhoneText("Fleet", null, "up")).allSucceeded());
        }
    }

    @Test
    void eachPhoneHasItsOwnLoopbackAddressInTheFleetsBlock() {
        try (VirtualPhoneFleet fleet = new VirtualPhoneFleet(242, FirmwareProfile.faithful())) {
            fleet.growTo(2);

            String first = fleet.phone(0).uri().getHost();
            String second = fleet.phone(1).uri().getHost();
            assertTrue(first.startsWith("127.242.") && second.startsWith("127.242."), first + ", " + second);
            assertNotEquals(first, second);
        }
    }

    @Test
    void closingTheClientsLeavesThePhonesServing() {
        try (VirtualPhoneFleet fleet = new VirtualPhoneFleet(243, FirmwareProfile.faithful())) {
            fleet.growTo(1);
            fleet.closeClients();
            fleet.openClients();

            assertTrue(fleet.client(0).push(new CiscoIPPhoneText("Fleet", null, "again")).allSucceeded());
        }
    }
}
