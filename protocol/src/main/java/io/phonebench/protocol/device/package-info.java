/**
 * Layer protocol (the bottom): the device pages a phone serves (DeviceInformationX, StreamingStatisticsX ...) as
 * parsed values. Uses protocol.xml and the JDK only; no I/O.
 */
package io.phonebench.protocol.device;
