/**
 * Layer emulator: the reference model of a phone: what it shows, fetches and does for each object and URI. Uses
 * its sub-packages, catalog, clock, deviation and protocol; no sockets of its own beyond reference.http.
 */
package io.phonebench.emulator.reference;
