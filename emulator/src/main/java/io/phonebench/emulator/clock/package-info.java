/**
 * Layer emulator: the clocks phones and reference models run on, which a test can move forward together. Uses the
 * JDK only.
 */
package io.phonebench.emulator.clock;
