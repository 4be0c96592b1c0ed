/**
 * Layer bench (base): rig files read into records, with FILE:LINE errors for every value at load. Uses Jackson
 * YAML, drivers.console's address records and the emulator's catalog and firmware profile names; no I/O beyond
 * reading the file.
 */
package io.phonebench.bench.rig;
