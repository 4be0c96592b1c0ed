/**
 * Layer emulator: simulated network power devices (LAN relay boards, SNMP PDU) for the virtual rigs. Uses
 * emulator.serial and SNMP4J; nothing above the emulator.
 */
package io.phonebench.emulator.network;
