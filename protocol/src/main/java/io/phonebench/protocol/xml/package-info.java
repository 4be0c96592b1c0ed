/**
 * Layer protocol: untrusted XML parsed with external entities off (SecureXml) and written back (XmlWriter). Uses
 * the JDK's parsers only.
 */
package io.phonebench.protocol.xml;
