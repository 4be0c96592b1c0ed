/**
 * Layer protocol: the CiscoIPPhone XML objects, built, serialised and parsed as immutable values. Uses
 * protocol.uri, protocol.xml and the JDK only; no I/O.
 */
package io.phonebench.protocol.object;
