package io.phonebench.emulator.serial;

import java.io.IOException;

/** A JVM that owns one pair until it is killed: the child process of {@link PseudoTerminalPairDeathTest}. */
final class PseudoTerminalPairOwner {
    private PseudoTerminalPairOwner() {
    }

    public static void main(String[] args) throws IOException {
        PseudoTerminalPair pair = PseudoTerminalPair.start("ttyUSB9");
        System.out.println("ready " + pair.benchEnd().getParent());
        System.out.flush();
        // Holds the pair until the test kills this JVM or closes its stdin.
        while (System.in.read() >= 0) {
            continue;
        }
        pair.close();
    }
}
