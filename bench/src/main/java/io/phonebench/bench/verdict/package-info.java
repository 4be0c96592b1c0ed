/**
 * Layer bench (base): Verdict, Evidence and Outcome with its one classifier: FAILED for the phone's fault, BROKEN
 * for the bench's. Uses the drivers' exception types only.
 */
package io.phonebench.bench.verdict;
