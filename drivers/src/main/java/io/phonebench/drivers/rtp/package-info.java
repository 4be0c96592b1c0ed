/**
 * Layer drivers: the bench-side RTP endpoint that sends to and receives from a phone, with impairments for tests.
 * Uses protocol.rtp over UDP sockets.
 */
package io.phonebench.drivers.rtp;
