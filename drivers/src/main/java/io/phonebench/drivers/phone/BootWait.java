package io.phonebench.drivers.phone;

import io.phonebench.drivers.BenchInfrastructureException;
import io.phonebench.protocol.device.DeviceInformation;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

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

    /** What one attempt saw, for the timeout message. */
    private record Seen(String what, long atNanos) {
    }

    DeviceInformation await(Duration deadline) {
        if (deadline == null || deadline.isNegative() || deadline.isZero()) {
            throw new IllegalArgumentException("phone " + phone.label() + ": wait deadline must be positive but is "
                    + deadline);
        }
        long start = System.nanoTime();
        long end = start + deadline.toNanos();
        Seen last = new Seen("nothing yet", start);
        int attempts = 0;
        for (long left = end - start; left > 0; left = end - System.nanoTime()) {
            attempts++;
            boolean cutShort = left < settings.responseTimeout().toNanos();
            Duration timeout = Duration.ofNanos(Math.min(left, settings.responseTimeout().toNanos())).plusMillis(1);
            try {
                PhoneReply reply = http.get(DeviceInformation.PATH, Optional.empty(), false, timeout);
                if (reply.ok()) {
                    try {
                        return PhoneClient.parsePage(phone, reply, DeviceInformation::parse);
                    } catch (PhoneAnswerException e) {
                        last = new Seen("HTTP 200 with an unreadable page: " + e.getMessage(), System.nanoTime());
                    }
                } else {
                    last = new Seen(reply.statusLine() + " '" + reply.excerpt() + "'", System.nanoTime());
                }
            } catch (BenchInfrastructureException e) {
                // When the deadline, not the phone, ended an attempt, the answer before it says more.
                boolean endedByDeadline = cutShort && e.getCause() instanceof InterruptedIOException;
                if (!endedByDeadline || attempts == 1) {
                    last = new Seen(e.getCause() != null ? e.getCause().toString() : e.getMessage(),
                            System.nanoTime());
                }
            }
            pause(Math.min(settings.pollInterval().toNanos(), end - System.nanoTime()));
        }
        double ago = (System.nanoTime() - last.atNanos()) / 1e9;
        throw new BenchInfrastructureException(String.format(Locale.ROOT,
                "phone %s did not come up: expected HTTP 200 with a DeviceInformation page on GET %s within %s,"
                        + " %d attempt(s); last answer: %s, %.1f s ago", phone.label(), DeviceInformation.PATH,
                PhoneTransport.seconds(deadline), attempts, last.what(), ago));
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
