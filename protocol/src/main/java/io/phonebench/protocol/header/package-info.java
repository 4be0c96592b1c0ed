/**
 * Layer protocol: the x-CiscoIPPhone* and Accept* request headers a phone sends, parsed and formatted with errors
 * that name the header. Uses the JDK only.
 */
package io.phonebench.protocol.header;
