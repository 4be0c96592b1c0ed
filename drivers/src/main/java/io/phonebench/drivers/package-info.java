/**
 * Layer drivers: what the bench's hardware and network can do, over records of where things are. The
 * root holds BenchInfrastructureException, the unchecked error of every driver (BROKEN, exit 2). Drivers use
 * protocol and their libraries, never the emulator (a test-only dependency) or the bench.
 */
package io.phonebench.drivers;
