package io.phonebench.testcases.nightly;

import io.phonebench.bench.expect.HeaderLatitude;
import io.phonebench.bench.expect.Judge;
import io.phonebench.bench.expect.ScreenExpectation;
import io.phonebench.bench.expect.RequestTargetsExpectation;
import io.phonebench.bench.junit.PhoneTest;
import io.phonebench.bench.phone.Phone;
import io.phonebench.protocol.exchange.RecordedRequest;
import io.phonebench.bench.service.ServiceResponse;
import io.phonebench.bench.verdict.Evidence;
import io.phonebench.bench.verdict.Verdict;
import io.phonebench.protocol.object.CiscoIPPhoneText;
import io.phonebench.protocol.object.SoftKeyItem;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Charset negotiation (seed, HTTP interface chapter: Accept-Charset, Content-Type, Encoding): each model sends the
 * Accept-Charset of its catalog entry (its generation's, unless a capture shows otherwise), judged by preference
 * order, not spelling; a declared charset is decoded as declared; a response without one is read in the locale's
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
        String wanted = phone.modelSheet().acceptCharset();
        String sent = request.header("Accept-Charset").orElse(null);
        Evidence evidence = Evidence.text("Accept-Charset (" + phone.name() + ")", request.line() + "\nAccept-Charset: "
                + (sent == null ? "(absent)" : sent) + "\nexpected for " + phone.modelSheet().name() + " ("
                + phone.modelSheet().source("acceptCharset") + "): " + wanted + "\n"
                + HeaderLatitude.CHARSET_PREFERENCE.describe());
        Judge.require(HeaderLatitude.sameMeaning("Accept-Charset", wanted, sent, Optional.empty())
                ? Verdict.passed(phone.name() + " sent the Accept-Charset of its model", evidence)
                : Verdict.failed(phone.name() + " (" + phone.modelSheet().name() + ", " + phone.modelSheet().generation()
                        + ") sent Accept-Charset " + (sent == null ? "(absent)" : "'" + sent + "'") + ", expected '"
                        + wanted + "' (charsets in that order of preference)", evidence));
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
