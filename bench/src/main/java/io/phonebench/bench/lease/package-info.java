/**
 * Layer bench (base): exclusive leases on a phone's hardware (lease directory or PostgreSQL), so two runs never
 * drive one phone. Uses rig and files.
 */
package io.phonebench.bench.lease;
