/**
 * Layer bench (test API): judges RTP figures against tolerances that allow for the host's load, with a PNG chart
 * as evidence, and RtpLink, the bench's end of a voice path as tests use it. Uses phone, verdict, drivers.rtp, drivers.host, emulator.rtp and protocol.
 */
package io.phonebench.bench.rtp;
