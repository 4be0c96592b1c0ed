/**
 * Layer drivers: PhoneClient, the phone's HTTP interface (push, screenshot, device pages) with every wait bounded.
 * PhoneTransport is the one door to HttpClient 5; uses protocol for what goes over it.
 */
package io.phonebench.drivers.phone;
