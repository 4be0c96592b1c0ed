/**
 * Layer testcases (the top): the nightly suite, one JUnit 5 class per behaviour, each @PhoneTest run once per
 * phone of the rig. Uses the bench's test API (junit, phone, expect, verdict, step, rtp, service) and protocol.
 */
package io.phonebench.testcases.nightly;
