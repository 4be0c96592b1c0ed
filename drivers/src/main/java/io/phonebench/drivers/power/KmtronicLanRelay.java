package io.phonebench.drivers.power;

import io.phonebench.drivers.BenchInfrastructureException;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * KMtronic LAN (Ethernet) relay boards over their HTTP interface, as KMtronic documents it for its LAN relay boards:
 * {@code GET /FFxxyy} switches relay {@code xx} (hex, 01..08) off ({@code yy = 00}) or on ({@code 01}), and
 * {@code GET /status.xml} answers {@code <relayN>0|1</relayN>} per relay. Every switch is read back.
 */
public final class KmtronicLanRelay implements RelayBoard {
    private static final Pattern RELAY = Pattern.compile("<relay(\\d+)>\\s*([01])\\s*</relay\\1>");

    private final String name;
    private final URI base;
    private final int channels;
    private final Duration timeout;
    private final HttpClient http;

    public KmtronicLanRelay(String name, URI base, int channels, Duration timeout) {
        this.name = Objects.requireNonNull(name, "name");
        this.base = Objects.requireNonNull(base, "base");
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        if (channels < 1 || channels > 8) {
            throw new IllegalArgumentException("KMtronic LAN board " + name + ": expected 1..8 channels, saw "
                    + channels);
        }
        this.channels = channels;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int channelCount() {
        return channels;
    }

    @Override
    public synchronized void set(int channel, boolean energised) {
        channel(channel);
        String command = String.format("/FF%02X%02X", channel, energised ? 1 : 0);
        fetch(command, channel);
        boolean now = status(channel);
        if (now != energised) {
            throw new BenchInfrastructureException(describe() + " channel " + channel + ": status.xml reads "
                    + (now ? "on" : "off") + " after GET " + command);
        }
    }

    @Override
    public synchronized Optional<Boolean> get(int channel) {
        channel(channel);
        return Optional.of(status(channel));
    }

    private boolean status(int channel) {
        String body = fetch("/status.xml", channel);
        Matcher matcher = RELAY.matcher(body);
        while (matcher.find()) {
            if (Integer.parseInt(matcher.group(1)) == channel) {
                return matcher.group(2).equals("1");
            }
        }
        String shown = body.strip();
        throw new BenchInfrastructureException(describe() + " channel " + channel + ": expected <relay" + channel
                + ">0|1</relay" + channel + "> in status.xml, saw '"
                + shown.substring(0, Math.min(shown.length(), 200)) + "'");
    }

    private String fetch(String path, int channel) {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(timeout).GET().build();
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (HttpTimeoutException e) {
            throw failure(path, channel, "no answer within " + timeout.toMillis() + " ms", e);
        } catch (IOException e) {
            throw failure(path, channel, e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failure(path, channel, "interrupted", e);
        }
        if (response.statusCode() != 200) {
            throw failure(path, channel, "HTTP " + response.statusCode(), null);
        }
        return response.body();
    }

    private BenchInfrastructureException failure(String path, int channel, String seen, Throwable cause) {
        return new BenchInfrastructureException(describe() + " channel " + channel + ": GET " + path + ": " + seen,
                cause);
    }

    @Override
    public String describe() {
        return "KMtronic LAN relay board '" + name + "' (" + base + ")";
    }

    @Override
    public void close() {
        // one request per command: nothing held open
    }
}
