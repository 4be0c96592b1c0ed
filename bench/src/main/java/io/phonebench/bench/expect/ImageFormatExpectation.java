package io.phonebench.bench.expect;

import io.phonebench.bench.phone.Phone;
import io.phonebench.bench.service.RecordedRequest;
import io.phonebench.bench.verdict.Evidence;
import io.phonebench.bench.verdict.Verdict;
import io.phonebench.drivers.BenchInfrastructureException;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

/**
 * Which image format the phone's request negotiated: the request is replayed to the service host with the headers
 * the phone sent (x-CiscoIPPhoneDisplay, Accept), and the answer's Content-Type is held against the catalog: colour
 * PNG for models that show it, greyscale CIP (a text/xml CiscoIPPhoneImage) for the others.
 */
public final class ImageFormatExpectation {
    private static final Duration TIMEOUT = Duration.ofSeconds(5);
    private static final List<String> NEGOTIATING_HEADERS = List.of("x-CiscoIPPhoneModelName",
            "x-CiscoIPPhoneDisplay", "Accept");

    private ImageFormatExpectation() {
    }

    public static Verdict judge(Phone phone, RecordedRequest request) {
        String wanted = phone.model().colourPng() ? "image/png" : "text/xml";
        String got = replayedContentType(phone, request);
        Evidence evidence = Evidence.text("image negotiation (" + phone.name() + ")", request.line() + "\n"
                + NEGOTIATING_HEADERS.stream().map(h -> h + ": " + request.header(h).orElse("(absent)"))
                .reduce((a, b) -> a + "\n" + b).orElse("") + "\nanswered Content-Type: " + got);
        return got.toLowerCase(java.util.Locale.ROOT).startsWith(wanted)
                ? Verdict.passed(phone.name() + " negotiated " + wanted + " as " + phone.model().name()
                        + " should", evidence)
                : Verdict.failed(phone.name() + " (" + phone.model().name() + ") negotiated '" + got + "', expected "
                        + wanted + (phone.model().colourPng() ? " (colour PNG)" : " (greyscale CIP)"), evidence);
    }

    private static String replayedContentType(Phone phone, RecordedRequest request) {
        URI url = URI.create(phone.services().baseUrl() + request.target());
        HttpRequest.Builder replay = HttpRequest.newBuilder(url).timeout(TIMEOUT).GET();
        NEGOTIATING_HEADERS.forEach(h -> request.header(h).ifPresent(v -> replay.header(h, v)));
        try {
            HttpResponse<byte[]> answer = HttpClient.newBuilder().connectTimeout(TIMEOUT).build()
                    .send(replay.build(), HttpResponse.BodyHandlers.ofByteArray());
            return answer.headers().firstValue("Content-Type").orElse("(none)");
        } catch (IOException e) {
            throw new BenchInfrastructureException("replaying " + url + " to the service host for " + phone.name()
                    + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchInfrastructureException("interrupted while replaying " + url + " for " + phone.name(), e);
        }
    }
}
