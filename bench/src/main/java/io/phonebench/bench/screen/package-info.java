/**
 * Layer bench (base): screen comparison with masks, tolerances and stored baselines. Uses verdict and files.
 */
package io.phonebench.bench.screen;
