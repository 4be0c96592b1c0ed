/**
 * Layer emulator: the catalog of phone models (display, push limit, headers, firmware) read from the bundled YAML.
 * Uses protocol.header and Jackson; nothing else of the emulator.
 */
package io.phonebench.emulator.catalog;
