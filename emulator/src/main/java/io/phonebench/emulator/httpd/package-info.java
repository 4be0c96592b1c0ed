/**
 * Layer emulator: a bounded HTTP server (connection, header and body limits) the virtual phones and the bench's
 * service host both sit on. Uses Jetty and the JDK; no phone knowledge.
 */
package io.phonebench.emulator.httpd;
