package io.phonebench.bench.phone;

import io.phonebench.bench.screen.BaselineStore;
import io.phonebench.bench.screen.ScreenComparison;
import io.phonebench.bench.screen.ScreenDifference;
import io.phonebench.bench.screen.Tolerance;
import io.phonebench.bench.service.SessionEnd;
import io.phonebench.bench.step.Steps;
import io.phonebench.bench.verdict.Evidence;
import io.phonebench.protocol.exchange.RecordedRequest;
import io.phonebench.protocol.object.CiscoIPPhoneExecute;
import io.phonebench.protocol.object.CiscoIPPhoneObject;
import io.phonebench.protocol.object.CiscoIPPhoneStatus;
import io.phonebench.protocol.object.CiscoIPPhoneStatusFile;
import io.phonebench.protocol.object.ExecuteItem;
import java.awt.image.BufferedImage;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a phone and its reference model to one known clean state before each test, whatever the test before left
 * and even when the phone has a bug, on real and virtual phones alike:
 * <ol>
 * <li>Cookie sessions: on each server where the phone got or sent a cookie since its last clean start (the service
 * host saw it), the phone fetches {@link SessionEnd}, which expires every cookie that request carried; a second
 * fetch must then carry none. The seed keeps a session per host until 30 idle minutes "or when the server ends it"
 * ("Cisco Unified IP Phone Services Application Development Notes", HTTP Requests and Header Settings, Set-Cookie),
 * and only some models end it when the application closes, so closing the application is not enough. Nor would
 * giving each test its own URL path: the seed scopes a session (4 cookies) per host, not per path, and a new host
 * per test would use up the phone's 8 sessions and evict the ones a cookie test is judging.</li>
 * <li>One Execute of three URIs, the most Cisco allows without an HTTP URL (SDK objects, CiscoIPPhoneExecute):
 * {@code Init:Services} closes the services application (Internal URI chapter), {@code Key:Onhook} ends a call a
 * Dial placed (Notes 9.1.1, "Internal URI Features": key tables), {@code Init:AppStatus} clears a Status object
 * (SDK objects, CiscoIPPhoneStatus: the user cannot close it, only Init:AppStatus). Each does nothing when there is
 * nothing to close, and they are independent, so their order (which Cisco does not guarantee) does not matter.</li>
 * <li>A Status object sent or served since the last clean start: the screen after the reset must be the idle screen
 * (a virtual phone's reference rendering; a real phone's {@value #IDLE_BASELINE} baseline, header masked).</li>
 * </ol>
 * A phone that demonstrably did not reach the clean state (a session it kept, a screen that is not idle) is power
 * cycled before the test, as a report step "isolation: power cycle" naming why, with the evidence. That is not a
 * recovery: it counts against nothing and turns nothing BROKEN; the test that left the state has already been judged.
 * In the common case (no cookie, no Status object) the reset is the one Execute push.
 */
final class CleanStart {
    private static final Logger LOG = LoggerFactory.getLogger(CleanStart.class);
    /** The baseline a real phone's idle screen is compared with after a Status object (recorded once per model). */
    static final String IDLE_BASELINE = "idle-after-reset";
    /** How long a phone may take to fetch the session-end page; a phone that does not is not known clean. */
    private static final Duration FETCH_WAIT = Duration.ofSeconds(5);

    private final Phone phone;
    /** A Status object went to the phone since its last clean start (pushed by the bench). */
    private final AtomicBoolean statusSent = new AtomicBoolean();

    CleanStart(Phone phone) {
        this.phone = phone;
    }

    /** The bench pushed {@code object} to the phone (whatever it answered). */
    void sent(CiscoIPPhoneObject object) {
        if (object instanceof CiscoIPPhoneStatus || object instanceof CiscoIPPhoneStatusFile) {
            statusSent.set(true);
        }
    }

    /** The bench posted raw XML to the phone (whatever it answered). */
    void sentXml(String xml) {
        if (xml != null && xml.contains("<CiscoIPPhoneStatus")) {
            statusSent.set(true);
        }
    }

    /** Called with the phone READY; leaves it and its reference model at the idle screen with no session. */
    void prepare() {
        phone.services().reset();
        List<Unclean> found = new ArrayList<>(endCookieSessions());
        phone.services().journal().clear();   // the session-end fetches are the reset's, not the next test's
        reset();
        boolean statusShown = statusSent.getAndSet(false) | phone.services().residue().takeStatusServed();
        if (statusShown) {
            idleScreenDiffers().ifPresent(found::add);
        }
        if (!found.isEmpty()) {
            restore(found);
        }
    }

    private void reset() {
        phone.client().push(new CiscoIPPhoneExecute(List.of(new ExecuteItem("Init:Services"),
                new ExecuteItem("Key:Onhook"), new ExecuteItem("Init:AppStatus"))));
        phone.expected().closeApplication();
        phone.expected().press("Key:Onhook");
        phone.expected().press("Init:AppStatus");
        phone.expected().endSessions();
        phone.expected().forgetRequests();   // as the service host forgot the phone's: a turned-back clock overlaps them
    }

    /** Ends the phone's session on every server it may hold one; what is left after that is unclean. */
    private List<Unclean> endCookieSessions() {
        List<Unclean> found = new ArrayList<>();
        for (String server : phone.services().residue().takeCookieServers()) {
            String url = "http://" + server + SessionEnd.PATH;
            Optional<String> held = fetch(url);
            if (held.isEmpty()) {
                continue;
            }
            Optional<String> still = fetch(url);
            if (still.isPresent()) {
                found.add(new Unclean("still sent Cookie: " + still.get() + " to " + server
                        + " after that server expired it", List.of()));
            }
        }
        return found;
    }

    /**
     * The phone fetches {@code url}; the Cookie it sent with it (empty: none). A phone that does not fetch it in
     * time holds what it holds: that counts as a Cookie sent, so it is power cycled rather than trusted.
     */
    private Optional<String> fetch(String url) {
        long before = endRequests().size();
        phone.client().push(new CiscoIPPhoneExecute(List.of(new ExecuteItem(url))));
        try {
            List<RecordedRequest> seen = phone.services().journal().await(
                    r -> r.path().equals(SessionEnd.PATH), (int) before + 1, FETCH_WAIT);
            return seen.get(seen.size() - 1).header("Cookie");
        } catch (AssertionError late) {
            return Optional.of("(unknown: it did not fetch " + url + " within " + FETCH_WAIT.toSeconds() + " s)");
        }
    }

    private List<RecordedRequest> endRequests() {
        return phone.services().journal().all().stream().filter(r -> r.path().equals(SessionEnd.PATH)).toList();
    }

    /** The screen after the reset against the idle screen; empty when it is idle. */
    private Optional<Unclean> idleScreenDiffers() {
        BufferedImage actual = phone.client().screenshot();
        Optional<BufferedImage> idle;
        Tolerance tolerance = Tolerance.EXACT;
        List<io.phonebench.bench.screen.Mask> masks = List.of();
        if (phone.spec().emulated()) {
            idle = Optional.of(phone.expectedScreen());
        } else {
            BaselineStore store = phone.baselines();
            idle = store.baseline(phone.model().name(), IDLE_BASELINE);
            tolerance = Tolerance.BASELINE;
            masks = ModelSheet.headerMasks(phone.model());
            if (idle.isEmpty()) {
                if (store.record()) {
                    store.save(phone.model().name(), IDLE_BASELINE, actual);
                    return Optional.empty();
                }
                return Optional.of(new Unclean("no baseline " + store.file(phone.model().name(), IDLE_BASELINE)
                        + " to confirm that Init:AppStatus cleared the Status object (record baselines once with"
                        + " run --record-baselines)", List.of(Evidence.png("screen after the reset", actual))));
            }
        }
        ScreenDifference d = ScreenComparison.compare(idle.get(), actual, masks, tolerance);
        if (d.matches()) {
            return Optional.empty();
        }
        return Optional.of(new Unclean("a Status object was shown and the screen after Init:AppStatus is not the idle"
                + " screen (" + d.summary() + ")", d.verdict("screen after the reset").evidence()));
    }

    /** A power cycle, reported as an isolation step; without a power switch, the step says it could not. */
    private void restore(List<Unclean> found) {
        String because = found.stream().map(Unclean::reason).collect(Collectors.joining("; "));
        if (phone.power().isEmpty()) {
            LOG.warn("phone {}: not at a clean state before its test, and no power switch to restore it: {}",
                    phone.name(), because);
            Steps.run("isolation: not restored (no power switch)", Map.of("phone", phone.name(), "because",
                    because), () -> found.forEach(u -> u.evidence().forEach(Steps::attach)));
            return;
        }
        LOG.info("phone {}: power cycle to a clean state before its test: {}", phone.name(), because);
        Steps.run("isolation: power cycle to a clean state", Map.of("phone", phone.name(), "because", because),
                () -> {
                    found.forEach(u -> u.evidence().forEach(Steps::attach));
                    phone.strategy().restart();
                    phone.services().reset();
                    reset();
                });
        phone.noteIsolationCycle();
    }

    /** Why the phone is not at the clean state, with what shows it. */
    private record Unclean(String reason, List<Evidence> evidence) {
    }
}
