package io.phonebench.emulator.virtual;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.phonebench.emulator.catalog.PhoneCatalog;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Which pushes a virtual phone answers on the thread that read them: those that can neither fetch nor wait. The
 * judgement reads bytes before the object is parsed, so it may call a push that fetches nothing a fetching one,
 * never the other way round.
 */
class PushesAnsweredAtOnceTest {
    private final ExecuteEndpoint local = endpoint(Optional.empty());

    private static ExecuteEndpoint endpoint(Optional<AuthenticationUrl> authenticationUrl) {
        return new ExecuteEndpoint(PhoneCatalog.standard().model("CP-7970G"), new PhoneUser("bench", "pw"),
                object -> object, FirmwareProfile.faithful(), authenticationUrl);
    }

    private static byte[] form(String field, String xml, Charset charset) {
        return (field + "=" + URLEncoder.encode(new String(xml.getBytes(charset), StandardCharsets.ISO_8859_1),
                StandardCharsets.ISO_8859_1)).getBytes(StandardCharsets.US_ASCII);
    }

    private static byte[] form(String xml) {
        return form("XML", xml, StandardCharsets.UTF_8);
    }

    @Test
    void displayObjectsFetchNothingWhenPushed() {
        assertTrue(local.answersWithoutFetching(form("<CiscoIPPhoneText><Title>T</Title><Text>one &amp; two"
                + "</Text></CiscoIPPhoneText>")));
        // a menu's URLs are fetched when an item is chosen, not when the menu is pushed
        assertTrue(local.answersWithoutFetching(form("<CiscoIPPhoneMenu><MenuItem><Name>A</Name>"
                + "<URL>http://127.0.0.1/a</URL></MenuItem></CiscoIPPhoneMenu>")));
        assertTrue(local.answersWithoutFetching("other=field".getBytes(StandardCharsets.US_ASCII)),
                "no object: the phone answers an error at once");
    }

    @Test
    void executeAndFileObjectsMayFetch() {
        assertFalse(local.answersWithoutFetching(form("<CiscoIPPhoneExecute><ExecuteItem URL=\"Key:Services\"/>"
                + "</CiscoIPPhoneExecute>")), "a key press may follow a page's link");
        assertFalse(local.answersWithoutFetching(form("<CiscoIPPhoneImageFile><URL>http://127.0.0.1/p.png</URL>"
                + "</CiscoIPPhoneImageFile>")), "its picture is fetched");
        assertFalse(local.answersWithoutFetching(form("xml", "<ciscoipphoneexecute/>", StandardCharsets.UTF_8)),
                "in any case, in either field");
    }

    @Test
    void bytesThatAreNotPlainAsciiCountAsFetching() {
        assertFalse(local.answersWithoutFetching(form("XML", "<CiscoIPPhoneText><Text>plain</Text>"
                + "</CiscoIPPhoneText>", StandardCharsets.UTF_16)), "UTF-16 hides the names from a byte search");
        assertFalse(local.answersWithoutFetching(form("<CiscoIPPhoneText><Text>caf\u00e9</Text>"
                + "</CiscoIPPhoneText>")));
    }

    @Test
    void credentialsCheckedAtAnAuthenticationUrlAreAFetch() throws Exception {
        ExecuteEndpoint checked = endpoint(Optional.of(new AuthenticationUrl(URI.create("http://127.0.0.1:9/auth"),
                "SEP000000000001", FirmwareProfile.faithful(), InetAddress.getLoopbackAddress())));

        assertFalse(checked.answersWithoutFetching(form("<CiscoIPPhoneText><Text>x</Text></CiscoIPPhoneText>")));
    }
}
