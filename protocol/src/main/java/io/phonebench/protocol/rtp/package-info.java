/**
 * Layer protocol: RTP packets, mu-law audio and the reception/sender statistics both ends compute. Pure values and
 * arithmetic over the JDK; sockets live in the emulator and drivers.
 */
package io.phonebench.protocol.rtp;
