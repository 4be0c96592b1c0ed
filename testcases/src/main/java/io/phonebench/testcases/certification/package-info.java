/**
 * Layer testcases (the top): the certification suite behind the certify command's model x test matrix. Uses the
 * bench's test API (junit, phone, expect, verdict) and protocol.
 */
package io.phonebench.testcases.certification;
