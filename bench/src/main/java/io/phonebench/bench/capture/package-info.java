/**
 * Layer bench (tools): learns a catalog entry from a real phone (headers as sent, device pages, screenshot size).
 * Uses service, drivers.phone, emulator.catalog and protocol.
 */
package io.phonebench.bench.capture;
