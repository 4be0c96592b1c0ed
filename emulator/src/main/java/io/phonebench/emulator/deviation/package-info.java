/**
 * Layer emulator: the catalogue of ways a firmware departs from the SDK, the vocabulary shared by the reference
 * model and the virtual phones. Uses the JDK only.
 */
package io.phonebench.emulator.deviation;
