/**
 * Layer drivers: SerialLink, the one door to jSerialComm, turning its false and -1 into errors that name the port
 * and a fix. Uses the drivers root only.
 */
package io.phonebench.drivers.serial;
