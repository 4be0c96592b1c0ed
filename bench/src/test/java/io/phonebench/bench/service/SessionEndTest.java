package io.phonebench.bench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The session-end page expires exactly the cookies the request carried, once each, and sets none without them. */
class SessionEndTest {

    @Test
    void expiresEveryCookieTheRequestCarried() {
        ServiceResponse answer = SessionEnd.answer(Optional.of("sid=42; pref = blue ;sid=42; flag"));

        assertEquals(List.of("sid=; Max-Age=0; Expires=Thu, 01 Jan 1998 00:00:00 GMT",
                        "pref=; Max-Age=0; Expires=Thu, 01 Jan 1998 00:00:00 GMT",
                        "flag=; Max-Age=0; Expires=Thu, 01 Jan 1998 00:00:00 GMT"),
                setCookies(answer));
    }

    @Test
    void setsNoCookieForARequestWithoutOne() {
        assertEquals(List.of(), setCookies(SessionEnd.answer(Optional.empty())));
    }

    private static List<String> setCookies(ServiceResponse answer) {
        return answer.headers().stream().filter(h -> h.name().equalsIgnoreCase("Set-Cookie"))
                .map(ServiceResponse.Header::value).toList();
    }
}
