package io.phonebench.drivers.phone;

import io.phonebench.drivers.BenchInfrastructureException;
import io.phonebench.protocol.device.DeviceInformation;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Polls /DeviceInformationX until the phone serves it. Each attempt's response timeout is cut to the time left, so
 * the wait never overruns its deadline by more than a connect timeout; the timeout message quotes the last answer.
 */
final class BootWait {
    private final PhoneAddress phone;
    private final PhoneTransport http;
    private final PhoneClientSettings settings;

    BootWait(PhoneAddress phone, PhoneTransport http, PhoneClientSettings settings) {
        this.phone = phone;
        this.http = http;
        this.settings = settings;
    }

    /** What one attempt saw, for the timeout message, and when on the wait's time line. */
    private record Seen(String what, long atNanos) {
    }

    /**
     * Polls until the phone serves its DeviceInformation page or {@code deadline} has passed. Between attempts it
     * pauses a poll interval; when {@code settledFor} says the phone cannot change by itself within that pause (a
     * virtual phone on a driven clock, answering nothing, with nothing due on its clock), the pause passes without
     * wall time and counts against the deadline all the same: a real pause would find the same answer.
     */
    DeviceInformation await(Duration deadline, Predicate<Duration> settledFor) {
        if (deadline == null || deadline.isNegative() || deadline.isZero()) {
            throw new IllegalArgumentException("phone " + phone.label() + ": wait deadline must be positive but is "
                    + deadline);
        }
        long skipped = 0;   // pauses passed on the phone's clock: the wait's time is wall time plus these
        long start = System.nanoTime();
        long end = start + deadline.toNanos();
        Seen last = new Seen("nothing yet", start);
        int attempts = 0;
        for (long left = end - start; left > 0; left = end - System.nanoTime() - skipped) {
            attempts++;
            boolean cutShort = left < settings.responseTimeout().toNanos();
            Duration timeout = Duration.ofNanos(Math.min(left, settings.responseTimeout().toNanos())).plusMillis(1);
            try {
                PhoneReply reply = http.get(DeviceInformation.PATH, Optional.empty(), false, timeout);
                if (reply.ok()) {
                    try {
                        return PhoneClient.parsePage(phone, reply, DeviceInformation::parse);
                    } catch (PhoneAnswerException e) {
                        last = new Seen("HTTP 200 with an unreadable page: " + e.getMessage(),
                                System.nanoTime() + skipped);
                    }
                } else {
                    last = new Seen(reply.statusLine() + " '" + reply.excerpt() + "'", System.nanoTime() + skipped);
                }
            } catch (BenchInfrastructureException e) {
                // When the deadline, not the phone, ended an attempt, the answer before it says more.
                boolean endedByDeadline = cutShort && e.getCause() instanceof InterruptedIOException;
                if (!endedByDeadline || attempts == 1) {
                    last = new Seen(e.getCause() != null ? e.getCause().toString() : e.getMessage(),
                            System.nanoTime() + skipped);
                }
            }
            long pause = Math.min(settings.pollInterval().toNanos(), end - System.nanoTime() - skipped);
            if (pause > 0 && settledFor.test(Duration.ofNanos(pause))) {
                skipped += pause;
            } else {
                pause(pause);
            }
        }
        double ago = (System.nanoTime() + skipped - last.atNanos()) / 1e9;
        throw new BenchInfrastructureException(String.format(Locale.ROOT,
                "phone %s did not come up: expected HTTP 200 with a DeviceInformation page on GET %s within %s,"
                        + " %d attempt(s)%s; last answer: %s, %.1f s ago", phone.label(), DeviceInformation.PATH,
                PhoneTransport.seconds(deadline), attempts, skipped == 0 ? "" : String.format(Locale.ROOT,
                        " (%.1f s of pauses passed on the phone's driven clock: it had nothing due)", skipped / 1e9),
                last.what(), ago));
    }

    private void pause(long nanos) {
        if (nanos <= 0) {
            return;
        }
        try {
            Thread.sleep(nanos / 1_000_000, (int) (nanos % 1_000_000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchInfrastructureException("phone " + phone.label() + ": interrupted while waiting for it to"
                    + " come up");
        }
    }
}
