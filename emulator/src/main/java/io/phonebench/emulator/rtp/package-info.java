/**
 * Layer emulator: the RTP legs a virtual phone or reference model opens when told to stream. Uses
 * emulator.reference (its URI handler) and protocol.
 */
package io.phonebench.emulator.rtp;
