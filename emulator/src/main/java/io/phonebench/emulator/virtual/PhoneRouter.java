package io.phonebench.emulator.virtual;

import io.phonebench.protocol.exchange.RecordedRequest;
import io.phonebench.protocol.exchange.RequestJournal;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import io.phonebench.emulator.clock.PhoneClock;
import io.phonebench.emulator.httpd.QuickAnswers;
import io.phonebench.emulator.rtp.HostSocketUnavailableException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP face of one boot of a phone: records each request, applies the firmware profile and injected faults,
 * and routes by exact, case-sensitive path.
 */
final class PhoneRouter implements HttpHandler, QuickAnswers {
    private static final Logger LOG = LoggerFactory.getLogger(PhoneRouter.class);
    /** Bodies beyond this are cut when read: far above any push limit, small enough to keep memory bounded. */
    private static final int MAX_BODY = 256 * 1024;
    private static final int NAMES_CACHED = 64;
    private static final Map<String, String> LOWER_CASE_NAMES = new ConcurrentHashMap<>();

    private final String phone;
    private final FirmwareProfile profile;
    private final ExecuteEndpoint execute;
    private final ScreenshotEndpoint screenshot;
    private final DevicePages pages;
    private final FaultPlan faults;
    private final RequestJournal log;
    private final PhoneClock clock;
    private final PowerLine power;
    private final ReplySender sender;
    private final Runnable reboot;
    private final AtomicInteger pushesThisBoot = new AtomicInteger();

    PhoneRouter(String phone, FirmwareProfile profile, ExecuteEndpoint execute, ScreenshotEndpoint screenshot,
                DevicePages pages, FaultPlan faults, RequestJournal log, PhoneClock clock, PowerLine power,
                Runnable reboot) {
        this.phone = phone;
        this.profile = profile;
        this.execute = execute;
        this.screenshot = screenshot;
        this.pages = pages;
        this.faults = faults;
        this.log = log;
        this.clock = clock;
        this.power = power;
        this.sender = new ReplySender(power);
        this.reboot = reboot;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try {
            serve(exchange);
        } catch (IOException e) {
            LOG.debug("{}: connection lost while answering {}: {}", phone, exchange.getRequestURI(), e.toString());
            throw e;   // the JDK server closes the connection of a handler that throws
        } catch (HostSocketUnavailableException e) {
            // The host, not the firmware: an HTTP error makes the bench report it BROKEN, never a verdict.
            LOG.warn("{}: {}", phone, e.getMessage());
            answerError(exchange, 503, e.getMessage());
        } catch (RuntimeException e) {
            LOG.error("{}: internal error answering {}", phone, exchange.getRequestURI(), e);
            answerError(exchange, 500, "internal error: " + e);
        } finally {
            exchange.close();
        }
    }

    /**
     * Whether this request is answered with CPU work alone, so the phone's server answers it on the thread that read
     * it. Not when anything may wait: a firmware latency or hang, a fault queued for the path (a stall, a slow or cut
     * body, a reboot), or a push that may make the phone fetch ({@link ExecuteEndpoint#answersWithoutFetching}).
     */
    @Override
    public boolean quick(String method, String path, byte[] body) {
        if (profile.hangsAfterPushes() > 0 || !latency(path).isZero() || faults.matches(path)) {
            return false;
        }
        // any case: firmware with a case-insensitive Execute path routes /cgi/execute there too
        return !path.equalsIgnoreCase("/CGI/Execute") || execute.answersWithoutFetching(body);
    }

    private void answerError(HttpExchange exchange, int status, String text) {
        try {
            sender.send(exchange, new Reply(status, "text/plain", text.getBytes(StandardCharsets.UTF_8)));
        } catch (IOException | RuntimeException late) {
            LOG.debug("{}: could not report HTTP {}: {}", phone, status, late.toString());
        }
    }

    private void serve(HttpExchange exchange) throws IOException {
        RecordedRequest request = record(exchange);
        if (profile.hangsAfterPushes() > 0 && pushesThisBoot.get() >= profile.hangsAfterPushes()) {
            power.hang();   // hung firmware: the TCP stack accepts, the application never answers
            return;
        }
        Optional<Fault> fault = faults.take(request.path());
        if (fault.isPresent() && !applyBeforeAnswer(fault.get())) {
            return;
        }
        if (power.sleepUnlessDown(latency(request.path()))) {
            return;
        }
        Reply reply = route(request, exchange.getRequestHeaders().getFirst("Authorization"),
                fault.filter(f -> f instanceof Fault.GarbageScreenshot).isPresent());
        if (profile.has(io.phonebench.emulator.deviation.Deviation.XML_WITHOUT_CHARSET)
                && reply.contentType().equals(Reply.XML)) {
            reply = new Reply(reply.status(), Reply.XML_WITHOUT_CHARSET, reply.body(), reply.release());
        }
        try {
            if (fault.isPresent()) {
                sender.send(exchange, reply, fault.get());
            } else {
                sender.send(exchange, reply);
            }
        } finally {
            if (reply.lent()) {
                QuickAnswers.afterAnswer(exchange, reply.release());
            }
        }
    }

    /** Faults that act before any answer; false when the request ends here. */
    private boolean applyBeforeAnswer(Fault fault) {
        if (fault instanceof Fault.Stall stall) {
            return !power.sleepUnlessDown(stall.duration());
        }
        if (fault instanceof Fault.ResetConnection) {
            return false;   // closing an exchange before its headers drops the connection
        }
        if (fault instanceof Fault.Reboot) {
            reboot.run();
            return false;
        }
        return true;
    }

    private Reply route(RecordedRequest request, String authorization, boolean garbageScreenshot) {
        Optional<String> auth = Optional.ofNullable(authorization);
        String path = request.path();
        // Seed, "The phone as HTTP server": the /CGI/Execute path is case-sensitive
        if (path.equals("/CGI/Execute") || (profile.has(io.phonebench.emulator.deviation.Deviation
                .CASE_INSENSITIVE_EXECUTE_PATH) && path.equalsIgnoreCase("/CGI/Execute"))) {
            Reply reply = execute.handle(request, auth);
            if (request.method().equals("POST") && !Reply.AUTHENTICATION_ERROR.equals(bodyText(reply))) {
                pushesThisBoot.incrementAndGet();
            }
            return reply;
        }
        if (path.equals("/CGI/Screenshot")) {
            return screenshot.handle(request, auth, garbageScreenshot);
        }
        if (!request.method().equals("GET")) {
            return Reply.notFound();
        }
        String query = request.target().length() > path.length() ? request.target().substring(path.length() + 1) : "";
        return pages.answer(path, query).orElseGet(Reply::notFound);
    }

    private Duration latency(String path) {
        FirmwareProfile.Latencies l = profile.latencies();
        return switch (path) {
            case "/CGI/Execute" -> l.push();
            case "/CGI/Screenshot" -> l.screenshot();
            default -> l.page();
        };
    }

    private RecordedRequest record(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readNBytes(MAX_BODY);
        }
        Map<String, List<String>> headers = new LinkedHashMap<>();
        exchange.getRequestHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase("Authorization")) {
                headers.put(lowerCaseName(name), values);
            }
        });
        RecordedRequest request = RecordedRequest.arrived(phone, exchange.getRequestMethod(),
                exchange.getRequestURI().getRawPath() + (exchange.getRequestURI().getRawQuery() == null ? ""
                        : "?" + exchange.getRequestURI().getRawQuery()), headers, body, clock.now());
        // Only bodies the phone accepts are worth keeping: an unauthenticated or unrouted flood keeps none.
        boolean accepted = (request.path().equals("/CGI/Execute") || request.path().equals("/CGI/Screenshot"))
                && execute.authorizes(Optional.ofNullable(exchange.getRequestHeaders().getFirst("Authorization")));
        return log.add(request, accepted);
    }

    /**
     * One String per lower-case header name, not one per request: a journal keeps every name of the requests it
     * holds. The first names seen are cached (a phone's clients send a dozen); a flood of invented names is not.
     */
    private static String lowerCaseName(String name) {
        String known = LOWER_CASE_NAMES.get(name);
        if (known != null) {
            return known;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        if (LOWER_CASE_NAMES.size() < NAMES_CACHED) {
            LOWER_CASE_NAMES.putIfAbsent(name, lower);
        }
        return lower;
    }

    private static String bodyText(Reply reply) {
        return new String(reply.body(), StandardCharsets.UTF_8);
    }
}
