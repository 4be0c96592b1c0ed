/**
 * Layer bench (runner): runs a suite through the JUnit Platform launcher and counts what it did: progress,
 * summary, JUnit XML, fault figures and the recovery ledger. Uses phone (RecoveryListener), report, rig and
 * verdict; never cli.
 */
package io.phonebench.bench.run;
