/**
 * Layer bench (session): RigSession opens a rig: leases, service host, power, consoles, phones, safe states and
 * the health check, with teardown in reverse. Uses rig, lease, phone, service, the drivers and the emulator
 * (virtual rigs); builds no Pi4J context (GpioOutput.Provider does).
 */
package io.phonebench.bench.lab;
