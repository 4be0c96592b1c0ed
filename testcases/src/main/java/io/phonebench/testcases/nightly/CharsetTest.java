package io.phonebench.testcases.nightly;

import io.phonebench.bench.expect.Judge;
import io.phonebench.bench.expect.ScreenExpectation;
import io.phonebench.bench.expect.RequestTargetsExpectation;
import io.phonebench.bench.junit.PhoneTest;
import io.phonebench.bench.phone.Phone;
import io.phonebench.bench.service.RecordedRequest;
import io.phonebench.bench.service.ServiceResponse;
import io.phonebench.bench.verdict.Evidence;
import io.phonebench.bench.verdict.Verdict;
import io.phonebench.protocol.object.CiscoIPPhoneText;
import io.phonebench.protocol.object.SoftKeyItem;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Charset negotiation (http-interface.md, Content-Type and Encoding): each firmware generation sends its own
 * Accept-Charset; a declared charset is decoded as declared; a response without one is read in the locale's
 * encoding (ISO-8859-1 for en_US). Pages carry one short custom softkey so that the screen judged is the text.
 */
class CharsetTest {
    private static final Duration WAIT = Duration.ofSeconds(3);
    private static final String ACCENTED = "Grüße aus Zürich, 5 €";

    @PhoneTest
    void sendsAcceptCharsetOfItsGeneration(Phone phone) {
        String path = "/charset/" + phone.name() + "/negotiate";
        phone.services().mount(path, page("Negotiation"));
        Instant since = Instant.now();

        phone.execute(phone.services().url(path));

        RecordedRequest request = LastRequest.to(phone, path);
        String wanted = phone.model().generation().acceptCharset();
        String sent = request.header("Accept-Charset").orElse("(absent)");
        Evidence evidence = Evidence.text("Accept-Charset (" + phone.name() + ")", request.line() + "\nAccept-Charset: "
                + sent + "\nexpected for generation " + phone.model().generation() + ": " + wanted);
        Judge.require(wanted.equals(sent)
                ? Verdict.passed(phone.name() + " sent the Accept-Charset of its generation", evidence)
                : Verdict.failed(phone.name() + " (" + phone.model().name() + ", " + phone.model().generation()
                        + ") sent Accept-Charset '" + sent + "', expected '" + wanted + "'", evidence));
        Judge.require(RequestTargetsExpectation.judge(phone, since, WAIT));
    }

    @PhoneTest
    void readsPageWithoutCharsetInLocaleEncoding(Phone phone) {
        String path = "/charset/" + phone.name() + "/undeclared";
        // no charset in Content-Type and no XML declaration: only the locale default is left
        phone.services().mount(path, ServiceResponse.xml(page(ACCENTED).toXml())
                .withUndeclaredCharset(StandardCharsets.ISO_8859_1));
        Instant since = Instant.now();

        phone.execute(phone.services().url(path));

        Judge.require(RequestTargetsExpectation.judge(phone, since, WAIT));
        Judge.require(ScreenExpectation.judge(phone));
    }

    @PhoneTest
    void showsDeclaredUtf8AsItsGenerationCan(Phone phone) {
        String path = "/charset/" + phone.name() + "/utf8";
        // old generation shows characters outside ISO-8859-1 (the euro sign) as its replacement glyph
        phone.services().mount(path, ServiceResponse.xml(page(ACCENTED)).withCharset(StandardCharsets.UTF_8));
        Instant since = Instant.now();

        phone.execute(phone.services().url(path));

        Judge.require(RequestTargetsExpectation.judge(phone, since, WAIT));
        Judge.require(ScreenExpectation.judge(phone));
    }

    /**
     * Seed, Content-Type: the charset parameter says how the body is encoded; an XML declaration that contradicts it
     * does not govern (RFC 7303 §3.2). ISO-8859-1 bytes under a declaration claiming UTF-8 read as ISO-8859-1.
     */
    @PhoneTest
    void contentTypeCharsetGovernsOverXmlDeclaration(Phone phone) {
        String path = "/charset/" + phone.name() + "/contradicting";
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>" + page("Grüße aus Zürich").toXml()
                .replaceFirst("^<\\?xml[^>]*\\?>", "");
        phone.services().mount(path, ServiceResponse.xml(xml).withCharset(StandardCharsets.ISO_8859_1));
        Instant since = Instant.now();

        phone.execute(phone.services().url(path));

        Judge.require(RequestTargetsExpectation.judge(phone, since, WAIT));
        Judge.require(ScreenExpectation.judge(phone));
    }

    private static CiscoIPPhoneText page(String text) {
        return new CiscoIPPhoneText("Charset", "PhoneBench", text)
                .withSoftKeys(List.of(new SoftKeyItem("Exit", "SoftKey:Exit", 1)));
    }
}
