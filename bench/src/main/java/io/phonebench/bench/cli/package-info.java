/**
 * Layer bench (top): the picocli commands and their exit codes (ExitCode). May use every bench package and the
 * modules below; nothing uses it.
 */
package io.phonebench.bench.cli;
