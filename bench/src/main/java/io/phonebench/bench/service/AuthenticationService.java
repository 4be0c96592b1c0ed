package io.phonebench.bench.service;

import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Authentication URL phones forward push credentials to (Cisco's Application Development Notes,
 * "Authentication": the phone sends UserID, Password and devicename and accepts only {@code AUTHORIZED}). By default
 * it answers {@code AUTHORIZED} for the rig's directory user and {@code UN-AUTHORIZED} for anyone else, as CUCM's
 * authentication service does; a test can make it answer a fixed text, or not answer at all (an unreachable server,
 * seen from the phone). Each check is recorded without its password.
 */
public final class AuthenticationService {
    private static final Logger LOG = LoggerFactory.getLogger(AuthenticationService.class);
    /** Path of the route on the service host (and every alias). */
    public static final String PATH = "/authenticate";
    static final int MAX_BODY_BYTES = 4096;

    /** One forwarded check: who, from which device, and what the service answered (null: no answer). */
    public record Check(String userId, String deviceName, String answer, String phoneAddress) {
    }

    private final Clock clock;
    private final List<Check> checks = new ArrayList<>();
    private volatile String user = "";
    private volatile byte[] password = new byte[0];
    private volatile Mode mode = Mode.CHECK_CREDENTIALS;
    private volatile String fixedAnswer = "";

    private enum Mode { CHECK_CREDENTIALS, FIXED_ANSWER, NO_ANSWER }

    AuthenticationService(Clock clock) {
        this.clock = clock;
    }

    /** The directory user the default answer authorizes (the rig's credentials). */
    public void authorize(String directoryUser, String directoryPassword) {
        this.user = directoryUser;
        this.password = directoryPassword.getBytes(StandardCharsets.UTF_8);
    }

    /** From now until the next reset, answer every check with exactly {@code body}. */
    public void answerWith(String body) {
        fixedAnswer = body;
        mode = Mode.FIXED_ANSWER;
    }

    /** From now until the next reset, drop every check without an answer, as if the server could not be reached. */
    public void answerNothing() {
        mode = Mode.NO_ANSWER;
    }

    public synchronized List<Check> checks() {
        return List.copyOf(checks);
    }

    synchronized void reset() {
        checks.clear();
        mode = Mode.CHECK_CREDENTIALS;
    }

    void serve(HttpExchange exchange) {
        try (InputStream in = exchange.getRequestBody()) {
            Map<String, String> form = form(new String(in.readNBytes(MAX_BODY_BYTES), StandardCharsets.UTF_8));
            String address = exchange.getRemoteAddress().getAddress().getHostAddress();
            Mode now = mode;
            String answer = switch (now) {
                case NO_ANSWER -> null;
                case FIXED_ANSWER -> fixedAnswer;
                case CHECK_CREDENTIALS -> user.equals(form.getOrDefault("UserID", "")) && MessageDigest.isEqual(
                        password, form.getOrDefault("Password", "").getBytes(StandardCharsets.UTF_8))
                        ? "AUTHORIZED" : "UN-AUTHORIZED";
            };
            synchronized (this) {
                checks.add(new Check(form.getOrDefault("UserID", ""), form.getOrDefault("devicename", ""), answer,
                        address));
            }
            if (now == Mode.CHECK_CREDENTIALS && !"AUTHORIZED".equals(answer)) {
                LOG.debug("refused user '{}' of device '{}' from {}", form.getOrDefault("UserID", ""),
                        form.getOrDefault("devicename", ""), address);
            }
            if (answer == null) {
                return;   // closing without a status line: the phone sees no answer
            }
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
        } catch (IOException e) {
            LOG.debug("authentication check from {} ended early: {}", exchange.getRemoteAddress(), e.toString());
        } finally {
            exchange.close();
        }
    }

    private static Map<String, String> form(String body) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                fields.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return fields;
    }

    @Override
    public String toString() {
        return "AuthenticationService[user=" + user + ", password=***, mode=" + mode + ", clock=" + clock + "]";
    }
}
