/**
 * Layer emulator: simulated relay boards and consoles on pseudo-terminals (socat), and terminal servers. Uses
 * emulator.process and jSerialComm; nothing above the emulator.
 */
package io.phonebench.emulator.serial;
