/**
 * Layer bench (test API): PhoneWait, waiting as a value with a deadline that quotes its last look. Uses only the
 * drivers' BenchInfrastructureException, so every bench package and the test cases may wait with it.
 */
package io.phonebench.bench.wait;
