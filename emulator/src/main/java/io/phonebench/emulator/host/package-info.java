/**
 * Layer emulator: the bench host the virtual phones run on, binding a phone's own port when the host holds it for a
 * moment. Uses nothing of PhoneBench.
 */
package io.phonebench.emulator.host;
