/**
 * Layer emulator: the environment a child process (socat, ser2net, the report generator) gets, with no password in
 * it. Uses the JDK only.
 */
package io.phonebench.emulator.process;
