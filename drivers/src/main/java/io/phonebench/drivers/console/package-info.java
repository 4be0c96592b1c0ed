/**
 * Layer drivers: phone consoles (PhoneConsole) over a serial line, raw TCP or RFC 2217 terminal servers, with
 * bounded expect and a tail. Uses drivers.serial and Commons Net.
 */
package io.phonebench.drivers.console;
