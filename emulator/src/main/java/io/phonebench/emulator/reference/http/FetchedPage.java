package io.phonebench.emulator.reference.http;

import java.net.URI;
import java.util.List;
import java.util.Optional;

/** A response as the phone received it, before any of its headers are acted on. */
public record FetchedPage(URI url, int status, ContentTypeHeader contentType, byte[] body, List<String> setCookies,
        Optional<String> refresh, Optional<String> expires) {
    public FetchedPage {
        setCookies = List.copyOf(setCookies);
    }
}
