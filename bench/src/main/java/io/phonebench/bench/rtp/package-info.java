/**
 * Layer bench (test API): judges RTP figures against tolerances that allow for the host's load, with a PNG chart
 * as evidence. Uses verdict, drivers.rtp, drivers.host, emulator.rtp and protocol.
 */
package io.phonebench.bench.rtp;
