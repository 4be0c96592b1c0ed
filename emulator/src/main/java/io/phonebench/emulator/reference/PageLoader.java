package io.phonebench.emulator.reference;

import io.phonebench.emulator.deviation.Deviation;
import io.phonebench.emulator.clock.PhoneClock;
import io.phonebench.emulator.reference.cookie.CookieJar;
import io.phonebench.emulator.reference.http.CharsetRules;
import io.phonebench.emulator.reference.http.ExpiresHeader;
import io.phonebench.emulator.reference.http.FetchFailedException;
import io.phonebench.emulator.reference.http.FetchedPage;
import io.phonebench.emulator.reference.http.ServiceFetcher;
import io.phonebench.emulator.reference.http.PhoneRequestHeaders;
import io.phonebench.emulator.reference.http.RecordedFetch;
import io.phonebench.emulator.reference.http.RefreshDirective;
import io.phonebench.emulator.reference.http.UnacceptableCharsetException;
import io.phonebench.protocol.object.CiscoIPPhoneObjects;
import io.phonebench.protocol.object.CiscoIPPhoneText;
import io.phonebench.protocol.xml.XmlParseException;
import java.net.URI;
import java.nio.charset.Charset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One GET the way the phone does it (docs/http-interface-reference.md §1): its headers and cookies go out, Set-Cookie
 * comes back
 * into the jar, Expires is judged at load time, and the body is read by Content-Type: text/xml as an object, text/plain
 * (and text/html) as text, audio/basic as a ring clip of at most 5 s. Nothing is cached.
 */
final class PageLoader {
    /** 5 s of 8 kHz 8-bit µ-law: the longest audio/basic clip the phone plays. */
    static final int MAX_AUDIO_BYTES = 5 * 8000;

    private final ServiceFetcher http;
    private final PhoneRequestHeaders headers;
    private final CookieJar cookies;
    private final CharsetRules charset;
    private final PhoneClock clock;
    private final List<RecordedFetch> fetches = new ArrayList<>();

    PageLoader(ServiceFetcher http, PhoneRequestHeaders headers, CookieJar cookies, CharsetRules charset,
            PhoneClock clock) {
        this.http = http;
        this.headers = headers;
        this.cookies = cookies;
        this.charset = charset;
        this.clock = clock;
    }

    synchronized List<RecordedFetch> fetches() {
        return List.copyOf(fetches);
    }

    /** A PNG an ImageFile, GraphicFileMenu, IconFileMenu or StatusFile names: fetched like any page. */
    PageLoad loadPng(URI url) {
        Instant at = clock.now();
        FetchedPage page;
        try {
            page = fetch(url, at);
        } catch (FetchFailedException e) {
            return new PageLoad.Refused(url, e.getMessage());
        }
        String media = page.contentType().mediaType();
        if (!media.equals("image/png")) {
            return new PageLoad.Refused(url, "GET " + url + ": expected Content-Type image/png, saw '" + media + "'");
        }
        return new PageLoad.Png(url, page.body());
    }

    PageLoad load(URI url) {
        Instant at = clock.now();
        FetchedPage page;
        try {
            page = fetch(url, at);
        } catch (FetchFailedException e) {
            return new PageLoad.Refused(url, e.getMessage());
        }
        Optional<RefreshDirective> refresh = page.refresh().flatMap(RefreshDirective::parse);
        boolean fresh = ExpiresHeader.freshAt(page.expires().orElse(null), at);
        String media = page.contentType().mediaType();
        try {
            switch (media) {
                case "text/xml":
                    Charset xmlCharset = charset.decodingCharset(page.contentType().charset(), page.body(), true);
                    return new PageLoad.Shown(url, CiscoIPPhoneObjects.parse(page.body(), xmlCharset.name()),
                            refresh, fresh, page.expires());
                case "text/plain":
                case "text/html":
                    if (headers.deviates(Deviation.REFUSES_PLAIN_TEXT)) {
                        return new PageLoad.Refused(url, "GET " + url + ": Content-Type " + media + " not shown");
                    }
                    Charset textCharset = charset.decodingCharset(page.contentType().charset(), page.body(), false);
                    return new PageLoad.Shown(url, new CiscoIPPhoneText(null, null,
                            new String(page.body(), textCharset)), refresh, fresh, page.expires());
                case "audio/basic":
                    if (page.body().length > MAX_AUDIO_BYTES && !headers.deviates(Deviation.PLAYS_LONG_AUDIO)) {
                        return new PageLoad.Refused(url, "GET " + url + ": audio/basic clip of "
                                + page.body().length + " bytes refused: expected at most " + MAX_AUDIO_BYTES
                                + " bytes (5 s of 8 kHz µ-law)");
                    }
                    return new PageLoad.Audio(url, page.body(), refresh);
                default:
                    return new PageLoad.Refused(url, "GET " + url + ": expected Content-Type text/xml, text/plain"
                            + " or audio/basic, saw '" + media + "'");
            }
        } catch (UnacceptableCharsetException e) {
            return new PageLoad.Refused(url, "GET " + url + ": " + e.getMessage());
        } catch (XmlParseException e) {
            return new PageLoad.Refused(url, "GET " + url + ": XML error: " + e.getMessage());
        }
    }

    /** The GET itself: headers and cookies out, Set-Cookie in, recorded; anything but 200 is a failure. */
    private FetchedPage fetch(URI url, Instant at) {
        ServiceFetcher.requireFetchable(url);
        Map<String, String> sent = headers.forRequest(cookies.cookieHeader(url.getHost()));
        synchronized (this) {
            fetches.add(new RecordedFetch(url, sent, at));
        }
        FetchedPage page = http.get(url, sent);
        cookies.receive(url.getHost(), page.setCookies());
        if (page.status() != 200) {
            throw new FetchFailedException("GET " + url + ": expected HTTP 200, saw " + page.status(), null);
        }
        return page;
    }
}
