/**
 * Layer bench (test API): the JUnit 5 extension: the rig session in the root store, one invocation per phone, and
 * what happens on termination. Uses lab, phone, report, run, screen, service, step and verdict.
 */
package io.phonebench.bench.junit;
