/**
 * Layer bench (session): the service host the phones fetch from, recording every request (RecordedRequest), and
 * the authentication service. Uses rig, emulator.httpd and protocol.
 */
package io.phonebench.bench.service;
