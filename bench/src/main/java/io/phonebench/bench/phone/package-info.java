/**
 * Layer bench (test API): Phone, what a test is handed, and PhoneStrategy, the one place that brings a phone to
 * READY and recovers it once, telling a RecoveryListener. Uses rig, screen, service, step, verdict, drivers and
 * the emulator's reference model.
 */
package io.phonebench.bench.phone;
