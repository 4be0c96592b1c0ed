/**
 * Layer emulator: the phone's cookie jar (four cookies per host and session, idle expiry). Uses emulator.clock
 * only.
 */
package io.phonebench.emulator.reference.cookie;
