package io.phonebench.bench.service;

import io.phonebench.protocol.object.CiscoIPPhoneText;
import java.util.Arrays;
import java.util.Optional;

/**
 * The route that ends a phone's cookie session with this server: it answers a page that expires every cookie the
 * request carried ({@code Set-Cookie: NAME=; Max-Age=0}). A server can end the session it holds with a phone this
 * way; the seed ("Cisco Unified IP Phone Services Application Development Notes", HTTP Requests and Header Settings,
 * Set-Cookie) keeps a session per host until 30 idle minutes or "when the server ends it", and the application
 * window closing ends it only on some models (7911, 7941, 7961, 7970, 7971). The per-test reset fetches it on every
 * server where the phone may hold cookies, so no test sees another's session (docs/http-interface-reference.md §2.4).
 * Served on every address of the host, mounted or not.
 */
public final class SessionEnd {
    /** Under a prefix no test mounts: it names the bench, not a service. */
    public static final String PATH = "/phonebench/end-session";

    private SessionEnd() {
    }

    /** The answer to a request that carried {@code cookieHeader} ({@code a=1; b=2}), if any. */
    static ServiceResponse answer(Optional<String> cookieHeader) {
        ServiceResponse page = ServiceResponse.xml(new CiscoIPPhoneText("PhoneBench", "", "Session ended"));
        // Max-Age for firmware that reads it, an Expires in the past for firmware older than Max-Age; the date is
        // after 1970, as Notes 9.1.1 asks of dates sent to 8800 phones
        for (String name : cookieHeader.map(SessionEnd::names).orElse(new String[0])) {
            page = page.withCookie(name + "=; Max-Age=0; Expires=Thu, 01 Jan 1998 00:00:00 GMT");
        }
        return page;
    }

    private static String[] names(String header) {
        return Arrays.stream(header.split(";")).map(String::trim).filter(p -> !p.isEmpty())
                .map(p -> p.contains("=") ? p.substring(0, p.indexOf('=')).trim() : p).distinct()
                .toArray(String[]::new);
    }
}
