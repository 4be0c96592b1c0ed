package io.phonebench.bench.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.protocol.object.CiscoIPPhoneMenu;
import io.phonebench.protocol.object.CiscoIPPhoneText;
import io.phonebench.protocol.object.MenuItem;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code phonebench validate} on real files: exit codes and the lines an author reads. */
@Tag("reliability")
class ValidateCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream savedOut;
    private PrintStream savedErr;

    @BeforeEach
    void captureConsole() {
        savedOut = System.out;
        savedErr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restoreConsole() {
        System.setOut(savedOut);
        System.setErr(savedErr);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void validFileExitsZeroAndSaysWhatItIs() throws IOException {
        String xml = new CiscoIPPhoneText("Hello", null, "World").toXml();
        Path file = write("hello.xml", xml);

        int exit = PhoneBenchCommand.execute("validate", file.toString());

        assertEquals(0, exit, err());
        assertEquals(file + ": ok (CiscoIPPhoneText, " + xml.length() + " bytes)", out().strip());
        assertEquals("", err());
    }

    @Test
    void malformedFileExitsOneWithFileLineColumn() throws IOException {
        Path file = write("broken.xml", "<CiscoIPPhoneText>\n<Title>T</Title>\n<Body>x</Body>\n</CiscoIPPhoneText>\n");

        int exit = PhoneBenchCommand.execute("validate", file.toString());

        assertEquals(1, exit);
        assertEquals(file + ":3:1: unknown element <Body> in CiscoIPPhoneText: expected one of Title, Prompt, Text,"
                + " SoftKeyItem", err().strip());
        assertEquals("", out());
    }

    @Test
    void everyLimitProblemGetsItsOwnLine() throws IOException {
        Path file = write("execute.xml", "<CiscoIPPhoneExecute>\n"
                + "<ExecuteItem URL=\"http://a/1\"/>\n"
                + "<ExecuteItem URL=\"http://a/2\"/>\n"
                + "<ExecuteItem URL=\"SoftKey:Exit\" Priority=\"1\"/>\n"
                + "</CiscoIPPhoneExecute>\n");

        int exit = PhoneBenchCommand.execute("validate", file.toString());

        // Priority="1" on the internal URI is no problem: Cisco says internal URIs always run immediately
        List<String> lines = err().lines().toList();
        assertEquals(1, exit);
        assertEquals(2, lines.size(), err());
        assertTrue(lines.get(0).startsWith(file + ":3:1: CiscoIPPhoneExecute/ExecuteItem[2]: second HTTP URL"),
                lines.get(0));
        assertTrue(lines.get(1).startsWith(file + ":4:1: CiscoIPPhoneExecute/ExecuteItem[3]:"), lines.get(1));
        assertTrue(lines.get(1).contains("SoftKey URIs act on a displayed object"), lines.get(1));
    }

    @Test
    void objectOverTheClassicPushLimitWarnsAndNamesTheFetchFix() throws IOException {
        List<MenuItem> items = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            items.add(new MenuItem("Entry " + i, "http://svc.example/entry/" + i));
        }
        Path file = write("big.xml", new CiscoIPPhoneMenu("Big", null, items).toXml());

        int exit = PhoneBenchCommand.execute("validate", file.toString());

        assertEquals(0, exit, err());
        assertTrue(out().startsWith(file + ": ok (CiscoIPPhoneMenu, "), out());
        assertTrue(err().startsWith(file + ": warning: "), err());
        assertTrue(err().contains("over the 512-byte push limit of 79xx-era phones"), err());
        assertTrue(err().contains("push a CiscoIPPhoneExecute whose ExecuteItem URL points at it"), err());
    }

    @Test
    void objectOverFortyKilobytesWarnsThatNoPhoneTakesItAsAPush() throws IOException {
        Path file = write("huge.xml", new CiscoIPPhoneText("Huge", null, "x".repeat(41_000)).toXml());

        int exit = PhoneBenchCommand.execute("validate", file.toString());

        assertEquals(0, exit, err());
        assertTrue(err().contains("over the 40960-byte push limit of current phones"), err());
    }

    @Test
    void nonAsciiWithoutDeclaredEncodingWarns() throws IOException {
        Path file = write("cafe.xml", "<CiscoIPPhoneText><Title>Caf\u00e9</Title></CiscoIPPhoneText>");

        int exit = PhoneBenchCommand.execute("validate", file.toString());

        assertEquals(0, exit, err());
        assertTrue(err().contains("no encoding declared"), err());
    }

    @Test
    void uriAVirtualPhoneCannotRunIsAProblemWithLineAndColumn() throws IOException {
        Path file = write("rtp.xml", "<CiscoIPPhoneExecute>\n<ExecuteItem URL=\"RTPRx:224.1.1.1:20480\"/>\n"
                + "<ExecuteItem URL=\"http://127.0.0.1:99999/x\"/>\n</CiscoIPPhoneExecute>\n");

        int exit = PhoneBenchCommand.execute("validate", file.toString());

        assertEquals(1, exit);
        List<String> lines = err().lines().toList();
        assertTrue(lines.get(0).startsWith(file + ":2:") && lines.get(0).contains("multicast"), err());
        assertTrue(lines.get(1).startsWith(file + ":3:") && lines.get(1).contains("port 1-65535"), err());
    }

    @Test
    void deeplyNestedFileIsAProblemNotAStackOverflow() throws IOException {
        Path file = write("deep.xml", "<CiscoIPPhoneInput>\n<InputItem><InputFlags>" + "<A>".repeat(100_000)
                + "</A>".repeat(100_000) + "</InputFlags></InputItem></CiscoIPPhoneInput>");

        int exit = PhoneBenchCommand.execute("validate", file.toString());

        assertEquals(1, exit);
        assertTrue(err().startsWith(file + ":2:") && err().contains("nested deeper than 32 levels"), err());
    }

    @Test
    void deviceIsRefusedUnread() {
        int exit = PhoneBenchCommand.execute("validate", "/dev/zero");

        assertEquals(64, exit);
        assertTrue(err().startsWith("/dev/zero: not a regular file"), err());
    }

    @Test
    void fifoWithoutAWriterIsRefusedWithoutBlocking() throws Exception {
        Path fifo = io.phonebench.bench.rig.FifoDeadline.make(dir.resolve("object.xml"));

        int exit = io.phonebench.bench.rig.FifoDeadline.within(fifo,
                () -> PhoneBenchCommand.execute("validate", fifo.toString()));

        assertEquals(64, exit);
        assertEquals(fifo + ": not a regular file (a FIFO, device or directory): give the path of an XML file",
                err().strip());
    }

    @Test
    void fileOverTwoGibibytesIsRefusedWithoutReadingIt() throws IOException {
        Path huge = dir.resolve("huge.xml");
        try (RandomAccessFile sparse = new RandomAccessFile(huge.toFile(), "rw")) {
            sparse.setLength(3L * 1024 * 1024 * 1024);
        }

        int exit = PhoneBenchCommand.execute("validate", huge.toString());

        assertEquals(1, exit);
        assertTrue(err().startsWith(huge + ": larger than 8 MiB"), err());
    }

    @Test
    void missingFileExitsSixtyFourNamingIt() {
        Path missing = dir.resolve("nowhere.xml");

        int exit = PhoneBenchCommand.execute("validate", missing.toString());

        assertEquals(64, exit);
        assertEquals(missing + ": no such file", err().strip());
    }

    @Test
    void checksEveryFileAndExitsWithTheWorstOutcome() throws IOException {
        String execute = "<CiscoIPPhoneExecute><ExecuteItem URL=\"Key:Services\"/></CiscoIPPhoneExecute>";
        Path good = write("good.xml", execute);
        Path bad = write("bad.xml", "not xml");

        int exit = PhoneBenchCommand.execute("validate", good.toString(), bad.toString());

        assertEquals(1, exit);
        assertEquals(good + ": ok (CiscoIPPhoneExecute, " + execute.length() + " bytes)", out().strip());
        assertTrue(err().startsWith(bad + ":1:1: "), err());
    }

    @Test
    void charsetOptionActsLikeAContentTypeCharset() throws IOException {
        Path file = dir.resolve("latin1.xml");
        Files.write(file, ("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<CiscoIPPhoneText><Title>Caf\u00e9</Title></CiscoIPPhoneText>").getBytes(StandardCharsets.ISO_8859_1));

        int asDeclared = PhoneBenchCommand.execute("validate", file.toString());
        int asServed = PhoneBenchCommand.execute("validate", "--charset", "ISO-8859-1", file.toString());

        assertEquals(1, asDeclared, "UTF-8 as declared cannot read the Latin-1 byte");
        assertEquals(0, asServed, err());
    }

    @Test
    void noFileIsAUsageError() {
        int exit = PhoneBenchCommand.execute("validate");

        assertEquals(64, exit);
        assertTrue(err().contains("FILE"), err());
    }
}
