package io.phonebench.drivers.serial;

/** Turns the errno a serial call reports into words and a hint the person at the bench can act on. */
record OsError(int code) {

    String describe() {
        return switch (code) {
            case 0 -> "no OS error reported";
            case 2 -> "OS error 2 (no such file or directory)";
            case 5 -> "OS error 5 (input/output error)";
            case 6 -> "OS error 6 (no such device or address)";
            case 13 -> "OS error 13 (permission denied)";
            case 16 -> "OS error 16 (device or resource busy)";
            case 19 -> "OS error 19 (no such device)";
            default -> "OS error " + code;
        };
    }

    String hint(String path) {
        return switch (code) {
            case 13 -> "permission denied: add the user to the dialout group (sudo usermod -aG dialout $USER) and log in again";
            case 16 -> "busy: another process has the port open (find it with: fuser " + path + ")";
            case 2, 5, 6, 19 -> "the device went away: check the USB cable, hub and adapter power";
            default -> "check that " + path + " is the right device and that no other program uses it";
        };
    }
}
