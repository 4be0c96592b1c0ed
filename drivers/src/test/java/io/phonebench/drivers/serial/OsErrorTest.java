package io.phonebench.drivers.serial;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OsErrorTest {

    @Test
    void permissionDeniedPointsAtTheDialoutGroup() {
        OsError denied = new OsError(13);
        assertEquals("OS error 13 (permission denied)", denied.describe());
        assertTrue(denied.hint("/dev/ttyUSB0").contains("dialout group"));
    }

    @Test
    void busyPortPointsAtTheOtherProcess() {
        assertEquals("busy: another process has the port open (find it with: fuser /dev/ttyUSB0)",
                new OsError(16).hint("/dev/ttyUSB0"));
    }
}
