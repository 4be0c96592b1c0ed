/**
 * Layer bench (base): rig files read into records, with FILE:LINE errors for every value at load. Uses Jackson
 * YAML, drivers.console's address records, the drivers' resource records a switch holds (SerialLine, GpioLine,
 * PoePort, PduOutlet, SnmpCredentials), the emulator's catalog and firmware profile names, and in BoardFamily the
 * registry of serial relay board families (each one's codec and simulated twin); no I/O beyond reading the file.
 */
package io.phonebench.bench.rig;
