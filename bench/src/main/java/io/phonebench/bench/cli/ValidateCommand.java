package io.phonebench.bench.cli;

import io.phonebench.protocol.object.CheckedDocument;
import io.phonebench.protocol.object.CiscoIPPhoneError;
import io.phonebench.protocol.object.CiscoIPPhoneObject;
import io.phonebench.protocol.object.CiscoIPPhoneObjects;
import io.phonebench.protocol.object.CiscoIPPhoneResponse;
import io.phonebench.protocol.object.PushLimit;
import io.phonebench.protocol.xml.XmlProblem;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code phonebench validate FILE...}: checks CiscoIPPhone XML files the way a phone would (well-formed, no DTD,
 * only the SDK's elements, the SDK's limits) and warns where a push would be too large. Exit 0 valid, 1 invalid
 * (including a file over {@value #MAX_BYTES} bytes), 64 when a file cannot be read or is no regular file.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        description = "Check CiscoIPPhone XML files the way a phone would: structure, SDK limits, push size.")
final class ValidateCommand implements Callable<Integer> {
    /** Far above any object a phone displays (a full-screen colour image is a few hundred KB). */
    static final int MAX_BYTES = 8 * 1024 * 1024;
    private static final String FETCH_INSTEAD = "serve it over HTTP and push a CiscoIPPhoneExecute whose ExecuteItem"
            + " URL points at it, so the phone GETs it";

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "CiscoIPPhone XML objects to check")
    List<Path> files;

    @Option(names = "--charset", paramLabel = "NAME",
            description = "Charset as an HTTP Content-Type would give it; overrides the XML declaration.")
    String charset;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int exit = ExitCode.OK;
        for (Path file : files) {
            exit = Math.max(exit, check(file, out, err));
        }
        out.flush();
        err.flush();
        return exit;
    }

    private int check(Path file, PrintWriter out, PrintWriter err) {
        byte[] body;
        // Opening a FIFO without a writer blocks in open() for good: only regular files are read.
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            err.println(file + ": not a regular file (a FIFO, device or directory): give the path of an XML file");
            return ExitCode.USAGE;
        }
        try (InputStream in = Files.newInputStream(file)) {
            // At most one byte over the cap: /dev/zero or a 5 GB file must not fill the heap.
            body = in.readNBytes(MAX_BYTES + 1);
        } catch (NoSuchFileException e) {
            err.println(file + ": no such file");
            return ExitCode.USAGE;
        } catch (IOException e) {
            err.println(file + ": cannot read: " + e.getMessage());
            return ExitCode.USAGE;
        }
        if (body.length > MAX_BYTES) {
            err.println(file + ": larger than " + MAX_BYTES / (1024 * 1024) + " MiB: not a CiscoIPPhone object (the"
                    + " largest a phone takes is a few hundred KB, a push at most " + PushLimit.CURRENT_BYTES / 1024
                    + " KB)");
            return ExitCode.FAILED;
        }
        CheckedDocument checked = CiscoIPPhoneObjects.checkAsAuthored(body, charset);
        if (!checked.valid()) {
            for (XmlProblem problem : checked.problems()) {
                err.println(file + ":" + problem);
            }
            return ExitCode.FAILED;
        }
        CiscoIPPhoneObject object = checked.object();
        out.println(file + ": ok (" + object.rootName() + ", " + body.length + " bytes)");
        warnAboutEncoding(file, body, err);
        if (!(object instanceof CiscoIPPhoneResponse) && !(object instanceof CiscoIPPhoneError)) {
            warnAboutSize(file, body.length, err);
        }
        return ExitCode.OK;
    }

    private static void warnAboutSize(Path file, int bytes, PrintWriter err) {
        if (bytes > PushLimit.CURRENT_BYTES) {
            err.println(file + ": warning: " + bytes + " bytes is over the " + PushLimit.CURRENT_BYTES
                    + "-byte push limit of current phones (78xx/88xx/98xx) and the " + PushLimit.CLASSIC_BYTES
                    + "-byte limit of 79xx-era phones: no phone accepts it as a push; " + FETCH_INSTEAD);
        } else if (bytes > PushLimit.CLASSIC_BYTES) {
            err.println(file + ": warning: " + bytes + " bytes is over the " + PushLimit.CLASSIC_BYTES
                    + "-byte push limit of 79xx-era phones (current phones take up to " + PushLimit.CURRENT_BYTES
                    + "); to show it on a 79xx, " + FETCH_INSTEAD);
        }
    }

    /** Without a declared encoding a phone reads bytes in its locale's encoding; that only matters beyond ASCII. */
    private void warnAboutEncoding(Path file, byte[] body, PrintWriter err) {
        if (charset != null || !hasNonAscii(body) || declaresEncoding(body)) {
            return;
        }
        err.println(file + ": warning: non-ASCII text but no encoding declared: a phone reads it in its locale's"
                + " default encoding, not necessarily UTF-8; start the file with"
                + " <?xml version=\"1.0\" encoding=\"UTF-8\"?>");
    }

    private static boolean hasNonAscii(byte[] body) {
        for (byte b : body) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean declaresEncoding(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 200), StandardCharsets.ISO_8859_1);
        int start = head.indexOf("<?xml");
        int end = head.indexOf("?>");
        return start >= 0 && start <= 3 && end > start && head.substring(start, end).contains("encoding");
    }
}
