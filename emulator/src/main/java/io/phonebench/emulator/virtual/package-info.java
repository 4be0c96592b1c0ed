/**
 * Layer emulator (its top): VirtualPhone, the emulated phone over real HTTP/UDP on its own loopback address, with
 * firmware profiles and injected faults. Uses the rest of the emulator and protocol; never drivers or bench.
 */
package io.phonebench.emulator.virtual;
