/**
 * Layer bench (tools): the performance figures of the benchmark command, as ratios against raw baselines. Uses
 * screen, drivers, the emulator and protocol; nothing of the bench uses it but cli.
 */
package io.phonebench.bench.benchmark;
