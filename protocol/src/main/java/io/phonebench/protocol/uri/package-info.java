/**
 * Layer protocol: the internal URIs (Dial:, Key:, RTPRx: ...) and service URLs a phone runs, parsed by the phone's
 * own rules. Uses the JDK only.
 */
package io.phonebench.protocol.uri;
