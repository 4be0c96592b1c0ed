/**
 * Layer emulator: the screen a reference model draws and the screenshot it encodes. Uses emulator.catalog and
 * protocol.object only.
 */
package io.phonebench.emulator.reference.display;
