/**
 * Layer emulator: the phone's side of HTTP: the request headers it sends, charset rules, Expires and Refresh, and
 * ServiceFetcher over HttpClient 5. Uses emulator.catalog, emulator.deviation and protocol.uri; never
 * emulator.reference itself.
 */
package io.phonebench.emulator.reference.http;
