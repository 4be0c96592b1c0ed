/**
 * Layer drivers: power switches (relay boards, GPIO, PDUs, PoE) and the output channels they are built from. Uses
 * drivers.serial; GpioOutput is the one door to Pi4J, and SNMP4J serves the PoE and PDU switches.
 */
package io.phonebench.drivers.power;
