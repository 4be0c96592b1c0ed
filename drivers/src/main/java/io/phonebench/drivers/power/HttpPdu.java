package io.phonebench.drivers.power;

import io.phonebench.drivers.BenchInfrastructureException;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * One outlet of a PDU behind pdudaemon's HTTP listener:
 * {@code GET /power/control/on|off|reboot?hostname=PDU&port=N} (reboot with {@code delay} seconds off).
 * pdudaemon queues the request and cannot report an outlet's state, so {@link #state()} is always empty.
 */
public final class HttpPdu implements PowerSwitch {
    private final URI daemon;
    private final String pdu;
    private final int outlet;
    private final Duration offTime;
    private final SafeState safeState;
    private final Duration timeout;
    private final HttpClient http;

    public HttpPdu(URI daemon, String pdu, int outlet, Duration offTime, SafeState safeState, Duration timeout) {
        this.daemon = Objects.requireNonNull(daemon, "daemon");
        this.pdu = Objects.requireNonNull(pdu, "pdu");
        this.outlet = outlet;
        this.offTime = Objects.requireNonNull(offTime, "offTime");
        this.safeState = Objects.requireNonNull(safeState, "safeState");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        if (outlet < 1) {
            throw new IllegalArgumentException("pdudaemon PDU " + pdu + ": expected an outlet 1 or more, saw " + outlet);
        }
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public void on() {
        control("on", "");
    }

    @Override
    public void off() {
        control("off", "");
    }

    /** One reboot request: pdudaemon switches off, waits the off time (whole seconds, at least 1), switches on. */
    @Override
    public void cycle() {
        control("reboot", "&delay=" + Math.max(1, (offTime.toMillis() + 999) / 1000));
    }

    @Override
    public Optional<Boolean> state() {
        return Optional.empty();
    }

    @Override
    public SafeState safeState() {
        return safeState;
    }

    private void control(String command, String extra) {
        URI uri = daemon.resolve("/power/control/" + command + "?hostname="
                + URLEncoder.encode(pdu, StandardCharsets.UTF_8) + "&port=" + outlet + extra);
        HttpRequest request = HttpRequest.newBuilder(uri).timeout(timeout).GET().build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw failure(command, "no answer within " + timeout.toMillis() + " ms", e);
        } catch (IOException e) {
            throw failure(command, e.getClass().getSimpleName() + " " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure(command, "interrupted", e);
        }
        if (response.statusCode() != 200) {
            String body = response.body().strip();
            throw failure(command, "HTTP " + response.statusCode()
                    + (body.isEmpty() ? "" : " '" + body.substring(0, Math.min(body.length(), 200)) + "'"), null);
        }
    }

    private BenchInfrastructureException failure(String command, String seen, Throwable cause) {
        return new BenchInfrastructureException(describe() + ": expected HTTP 200 for '" + command + "', saw "
                + seen, cause);
    }

    public String describe() {
        return "pdudaemon " + daemon + " PDU '" + pdu + "' outlet " + outlet;
    }

    @Override
    public String toString() {
        return "HttpPdu[" + describe() + "]";
    }
}
