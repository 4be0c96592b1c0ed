package io.phonebench.emulator.virtual;

import java.time.Duration;

/**
 * A fault injected into a virtual phone's HTTP face, shared by tests and firmware profiles. Each one reproduces a
 * way real phones and networks misbehave, so the bench's recovery and BROKEN-vs-FAILED judgement can be tested.
 */
public sealed interface Fault permits Fault.Stall, Fault.ResetConnection, Fault.SlowBody, Fault.HttpStatus,
        Fault.TruncatedBody, Fault.GarbageScreenshot, Fault.Reboot {

    /** Accepts the request and says nothing for {@code duration} (or until power goes), then answers normally. */
    record Stall(Duration duration) implements Fault {
        public Stall {
            requirePositive(duration, "stall");
        }
    }

    /** Drops the connection without an answer: the client sees an empty reply. */
    record ResetConnection() implements Fault {
    }

    /** Sends the answer's headers at once and its body a few bytes at a time, {@code pause} apart. */
    record SlowBody(Duration pause, int chunkBytes) implements Fault {
        public SlowBody {
            requirePositive(pause, "slow body pause");
            if (chunkBytes < 1) {
                throw new IllegalArgumentException("slow body: expected chunkBytes >= 1, saw " + chunkBytes);
            }
        }
    }

    /** Answers with this HTTP status (e.g. 500) and a short text body instead of the real answer. */
    record HttpStatus(int status) implements Fault {
        public HttpStatus {
            if (status < 400 || status > 599) {
                throw new IllegalArgumentException("HTTP status fault: expected 400..599, saw " + status);
            }
        }
    }

    /** Announces the full Content-Length but sends only the first {@code keptBytes} bytes, then closes. */
    record TruncatedBody(int keptBytes) implements Fault {
        public TruncatedBody {
            if (keptBytes < 0) {
                throw new IllegalArgumentException("truncated body: expected keptBytes >= 0, saw " + keptBytes);
            }
        }
    }

    /** /CGI/Screenshot answers with the right content type but random bytes that decode as no image. */
    record GarbageScreenshot() implements Fault {
    }

    /** The phone reboots on this request: the connection drops, the phone boots again and comes back READY. */
    record Reboot() implements Fault {
    }

    private static void requirePositive(Duration d, String what) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException(what + ": expected a positive duration, saw " + d);
        }
    }
}
