/**
 * Layer emulator: the phone's URL history as the Back key and Expires header use it. Uses the JDK only.
 */
package io.phonebench.emulator.reference.history;
