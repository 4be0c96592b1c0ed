/**
 * Layer bench (tools): the oracle's sensitivity: each catalogued deviation on its own virtual phone, caught by its
 * pinned tests. Uses run and the emulator's virtual phones.
 */
package io.phonebench.bench.sensitivity;
