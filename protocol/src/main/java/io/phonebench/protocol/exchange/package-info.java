/**
 * Recorded HTTP requests, one shape for the service host, virtual phones and reference models, and the bounded journal
 * tests await them in. Values and in-memory waiting only, no I/O: every module above may use it, and test cases read
 * requests through it.
 */
package io.phonebench.protocol.exchange;
