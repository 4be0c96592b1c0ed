package io.phonebench.bench.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A test makes the Authentication URL give no answer on purpose (an unreachable server, seen from the phone). That
 * is an expected path of the host: the connection is dropped without a status line and the check recorded, and the
 * server says nothing about it (it once logged a warning with a stack trace per dropped check).
 */
class AuthenticationNoAnswerTest {
    private static final String PHONE = "127.0.19.2";

    @Test
    void droppedCheckIsRecordedAndLeavesNoStackTraceInTheLog() throws Exception {
        PrintStream err = System.err;
        ByteArrayOutputStream logged = new ByteArrayOutputStream();
        try (ServiceHost host = new ServiceHost("127.0.19.1", 0, Clock.systemUTC()).start()) {
            ServiceHost view = host.forPhone("desk-1", PHONE);
            view.authentication().answerNothing();
            byte[] form = "UserID=bench&Password=secret&devicename=SEP001122334455".getBytes(StandardCharsets.UTF_8);
            System.setErr(new PrintStream(logged, true, StandardCharsets.UTF_8));
            try {
                for (int i = 0; i < 3; i++) {
                    assertThrows(IllegalStateException.class, () -> PhoneRequest.send(PHONE, host.baseUrl(), "POST",
                            AuthenticationService.PATH, form, "Content-Type: application/x-www-form-urlencoded"),
                            "the check must get no answer at all");
                }
                view.authentication().answerWith("AUTHORIZED");
                // an answered check after the dropped ones: the server is done with them by the time it answers it
                assertEquals("AUTHORIZED", PhoneRequest.send(PHONE, host.baseUrl(), "POST", AuthenticationService.PATH,
                        form, "Content-Type: application/x-www-form-urlencoded").text());
            } finally {
                System.setErr(err);
            }
            List<AuthenticationService.Check> checks = view.authentication().checks();
            assertEquals(4, checks.size());
            assertNull(checks.get(0).answer());
        }
        String log = logged.toString(StandardCharsets.UTF_8);
        assertEquals(List.of(), noiseOfThisHost(log), "a deliberate no-answer is quiet, logged: " + log);
    }

    /**
     * Warnings, errors and stack-trace lines logged by this host's threads ({@code [service-host-ADDRESS-N] LEVEL
     * logger - message}, a trace's lines under the line they belong to). Other threads of the test JVM (a previous
     * test's phones winding down) may log meanwhile: their lines are not this host's to answer for.
     */
    private static List<String> noiseOfThisHost(String log) {
        List<String> noise = new java.util.ArrayList<>();
        boolean ours = false;
        for (String line : log.split("\n")) {
            if (line.startsWith("[")) {
                ours = line.startsWith("[service-host-127.0.19.1-");
                if (ours && (line.contains(" WARN ") || line.contains(" ERROR "))) {
                    noise.add(line);
                }
            } else if (ours && line.startsWith("\tat ")) {
                noise.add(line);
            }
        }
        return noise;
    }
}
