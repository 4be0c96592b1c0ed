package io.phonebench.emulator.reference;

import java.net.URI;
import java.time.Instant;

/** A page the phone fetched but did not show, and why (the reason names the URL and what was expected). */
public record LoadProblem(URI url, String reason, Instant at) {
}
