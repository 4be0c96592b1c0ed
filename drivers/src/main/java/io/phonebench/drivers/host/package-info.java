/**
 * Layer drivers: the bench host itself as a source of timing error: how late its threads wake. Judges of
 * timing-sensitive figures (RTP jitter, Refresh delays) widen their tolerance by what the host did in the same
 * interval, or declare the measurement inconclusive, so that a verdict never comes from the host's load. Uses the JDK
 * only.
 */
package io.phonebench.drivers.host;
