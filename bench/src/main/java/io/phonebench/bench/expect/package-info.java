/**
 * Layer bench (test API): expectations that judge a phone's requests, headers and screens against its reference
 * model, giving verdicts. Uses phone, service, screen, step, verdict, drivers and the emulator's reference model.
 */
package io.phonebench.bench.expect;
