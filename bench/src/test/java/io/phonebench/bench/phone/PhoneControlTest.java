package io.phonebench.bench.phone;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.bench.lab.RigSession;
import io.phonebench.bench.rig.RigFile;
import io.phonebench.protocol.object.CiscoIPPhoneText;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The verbs tests used to build by hand from drivers, against a virtual phone of a virtual rig. */
class PhoneControlTest {
    private static final CiscoIPPhoneText TEXT = new CiscoIPPhoneText("Hi", "", "Hello");

    @TempDir
    static Path dir;
    private static RigSession session;
    private static Phone phone;

    @BeforeAll
    static void open() throws Exception {
        Path rig = Files.writeString(dir.resolve("rig.yaml"), """
                name: control
                credentials: { user: bench, password: "${PHONEBENCH_PASSWORD:-bench}" }
                serviceHost: { bind: 127.0.0.1, port: 0 }
                phones:
                  - name: desk-7970
                    model: CP-7970G
                    address: 127.0.7.31
                    port: 0
                    emulated: { profile: faithful }
                """);
        session = RigSession.open(RigFile.load(rig), List.of(), new PrintStream(new ByteArrayOutputStream()));
        phone = session.phone("desk-7970").orElseThrow();
    }

    @AfterAll
    static void close() {
        if (session != null) {
            session.close();
        }
    }

    @Test
    void rawPostWithoutCredentialsGetsTheAuthenticationError() {
        PhoneControl.ExecuteAnswer answer = phone.control().postExecute(TEXT.toXml(), false);
        assertEquals(200, answer.status());
        assertEquals("<CiscoIPPhoneError Number=\"4\" />", answer.body().strip());
    }

    @Test
    void rawPostKeepsThePathAsGiven() {
        PhoneControl.ExecuteAnswer lower = phone.control().postExecute("/cgi/execute", "XML", TEXT.toXml(), true);
        assertEquals(404, lower.status(), "the Execute path is case-sensitive: " + lower.body());
        assertNull(lower.object());
        PhoneControl.ExecuteAnswer right = phone.control().postExecute("/CGI/Execute", "XML", TEXT.toXml(), true);
        assertEquals(200, right.status(), right.body());
        assertTrue(right.object() != null, right.body());
    }

    @Test
    void pushWithOtherCredentialsIsRefusedAndWithTheRigsAccepted() {
        assertFalse(phone.control().pushWithCredentials(TEXT, phone.control().user(), "not-the-password"));
        assertTrue(phone.control().pushWithCredentials(TEXT, "bench", "bench"));
    }

    @Test
    void modelSheetAndReferenceViewSpeakBenchTypes() {
        assertEquals("CP-7970G", phone.modelSheet().name());
        assertTrue(phone.modelSheet().display().orElseThrow().colour());
        phone.push(new io.phonebench.protocol.object.CiscoIPPhoneText("T", "", "x"));
        assertFalse(phone.reference().softkeys().isEmpty(), "a text page has default softkeys");
        assertTrue(phone.consoleWatch().isEmpty(), "this rig attaches no console");
    }
}
