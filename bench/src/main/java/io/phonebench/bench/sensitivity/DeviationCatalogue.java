package io.phonebench.bench.sensitivity;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The oracle's sensitivity, as data: each realistic firmware deviation, the rule it breaks with its source, and the
 * nightly tests pinned to catch it. {@code phonebench deviations} and its test both read this list; docs/deviations.md
 * describes it. The seed is "Cisco Unified IP Phone Services Application Development Notes", chapter on the HTTP
 * interface ("HTTP Requests and Header Settings"); object rules are from the same SDK's XML object reference.
 */
public final class DeviationCatalogue {
    private static final String SEED = "Seed (Cisco Unified IP Phone Services Application Development Notes, HTTP"
            + " interface), ";
    private static final String OBJECTS = "Cisco IP Phone Services SDK, XML object reference: ";

    /** The tests that judge every request's SDK headers (RequestTargetsExpectation.judgeWithSdkHeaders), which a header deviation fails. */
    private static final Set<String> TRACE_JUDGED = Set.of(
            "RequestHeadersTest.sendsHeadersOfItsModel",
            "RequestHeadersTest.sendsSameHeadersOnEveryRequest",
            "ExecutePriorityTest.priorityZeroFetchesAtOnceWhileBusy",
            "ExecutePriorityTest.priorityOneWaitsUntilIdle",
            "InputSubmissionTest.submitsTypedDigitsAsQueryStringParam",
            "MenuNavigationTest.selectFetchesHighlightedItemUrl",
            "MenuNavigationTest.exitReturnsToMenuFetchedOverHttp",
            "PushLimitTest.showsImageOverPushLimitThroughExecuteIndirection");

    /** Screens whose default softkey labels are longer than four characters. */
    private static final Set<String> SCREENS_WITH_LONG_LABELS = Set.of(
            "SoftkeyLabelTest.showsCustomSoftkeyLabelsInFull",
            "SoftkeyLabelTest.showsCustomSoftkeysOfMenuInFull",
            "PlainTextTest.showsPlainTextAsTextPage",
            "PushTextTest.showsPushedText",
            "PushObjectsTest.showsPushedImage",
            "PushObjectsTest.showsPushedInput",
            "PushObjectsTest.showsPushedDirectory",
            "PushObjectsTest.showsPushedMenu",
            "PushObjectsTest.showsPushedIconMenu",
            "PushObjectsTest.showsPushedGraphicMenu",
            "PushLimitTest.showsImageOverPushLimitThroughExecuteIndirection",
            "ExecutePriorityTest.priorityZeroFetchesAtOnceWhileBusy",
            "ExecutePriorityTest.priorityOneWaitsUntilIdle",
            "ExecutePriorityTest.priorityTwoIsDroppedWhileBusy",
            "InputSubmissionTest.submitsTypedDigitsAsQueryStringParam",
            "InputSubmissionTest.masksPasswordFieldAsTyped",
            "MenuNavigationTest.selectFetchesHighlightedItemUrl",
            "MenuNavigationTest.exitReturnsToMenuFetchedOverHttp",
            "DirectoryDialTest.dialsHighlightedEntry",
            "DirectoryDialTest.dialsNumberOfHighlightedEntry");

    public static final List<CataloguedDeviation> ENTRIES = List.of(
            entry("ignores-expires", "CP-7970G", "a page already expired when loaded is not added to the URL history",
                    SEED + "Expires", Set.of("ExpiresHistoryTest.exitSkipsPageThatExpiredAtLoad",
                            "ExpiresHistoryTest.exitFromExpiredPagesReturnsToLastFreshPage"),
                    "saw GET /history/"),
            entry("judges-expires-at-exit", "CP-7970G", "Expires is judged when the page loads, not at Exit",
                    SEED + "Expires", Set.of("ExpiresHistoryTest.exitReturnsToPageThatExpiredAfterItLoaded"),
                    "Exit judged Expires again"),
            entry("wrong-accept-charset", "CP-7960G", "7940/7960/7905/7912 send Accept-Charset iso-8859-1, utf-8;q=0.8",
                    SEED + "Accept-Charset", union(TRACE_JUDGED, Set.of("CharsetTest.sendsAcceptCharsetOfItsGeneration")),
                    "'utf-8,iso-8859-1;q=0.8'"),
            entry("short-model-name", "CP-7960G", "x-CiscoIPPhoneModelName is the manufacturing model name (CP-7960G)",
                    SEED + "x-CiscoIPPhoneModelName", TRACE_JUDGED, "'CP-7960'"),
            entry("keeps-fifth-cookie", "CP-7941G", "at most 4 cookies per host per session", SEED + "Set-Cookie",
                    Set.of("CookieTest.sendsBackOnlyFourCookiesPerHost"), "pb5=five"),
            entry("keeps-oversized-cookie", "CP-7960G", "each cookie at most 255 bytes", SEED + "Set-Cookie",
                    Set.of("CookieTest.refusesCookieOver255Bytes"), "Cookie: expected"),
            entry("evicts-newest-session", "CP-7960G",
                    "with 8 sessions in use, a new server takes the session idle longest", SEED + "Set-Cookie",
                    Set.of("CookieSessionTest.holdsEightSessionsAndReusesTheIdlestOne"), "Cookie: expected"),
            entry("ignores-idle-expiry", "CP-7961G", "a session ends after 30 minutes idle", SEED + "Set-Cookie",
                    Set.of("CookieSessionTest.forgetsCookiesAfterThirtyIdleMinutes"), "Cookie"),
            entry("keeps-session-on-close", "CP-7970G",
                    "7970, 7971, 7961, 7941, 7911 clear the session when the application window closes",
                    SEED + "Set-Cookie", Set.of("CookieTest.endsSessionWhenApplicationCloses"), "pbsid=42"),
            entry("clears-session-on-close", "CP-7960G",
                    "other models (7960) keep the session when the application window closes", SEED + "Set-Cookie",
                    Set.of("CookieTest.keepsSessionWhenApplicationCloses"), "pbsid=43"),
            entry("truncated-softkey-label", "CP-8861", "softkey labels are shown as the object names them",
                    OBJECTS + "SoftKeyItem Name", SCREENS_WITH_LONG_LABELS, "screen of [^:]+: differs .* within"),
            entry("dials-first-entry", "CP-7970G", "Dial calls the highlighted directory entry's Telephone",
                    OBJECTS + "CiscoIPPhoneDirectory and Notes 9.1.1 Dial URI (the call plane shows the number)",
                    Set.of("DirectoryDialTest.dialsNumberOfHighlightedEntry", "DirectoryDialTest.dialsHighlightedEntry"),
                    "screen of [^:]+: differs"),
            entry("shows-password-in-clear", "CP-7970G", "InputFlags P: a password field is shown masked",
                    OBJECTS + "CiscoIPPhoneInput InputFlags", Set.of("InputSubmissionTest.masksPasswordFieldAsTyped"),
                    "screen of [^:]+: differs"),
            entry("submits-values-without-names", "CP-7970G", "each input is sent as QueryStringParam=value",
                    OBJECTS + "CiscoIPPhoneInput QueryStringParam",
                    Set.of("InputSubmissionTest.submitsTypedDigitsAsQueryStringParam"), "expected GET /input/"),
            entry("plays-long-audio", "CP-7970G", "audio/basic clips are at most 5 s", SEED + "Content-Type",
                    Set.of("AudioTest.refusesClipLongerThanFiveSeconds"), "expected Status=\\d+"),
            entry("refuses-plain-text", "CP-7970G", "text/plain is shown as text", SEED + "Content-Type",
                    Set.of("PlainTextTest.showsPlainTextAsTextPage"), "screen of [^:]+: differs"),
            entry("resolves-from-server-root", "CP-7970G", "a relative URL resolves against the page's URL",
                    "RFC 3986 §5 (the phone is an HTTP client, seed \"The phone as HTTP client\")",
                    Set.of("RelativeUrlTest.resolvesMenuItemAgainstPageUrl"), "saw GET /next.xml"),
            entry("selects-next-item", "CP-7970G", "Select fetches the highlighted menu item's URL",
                    OBJECTS + "CiscoIPPhoneMenu", Set.of("MenuNavigationTest.exitReturnsToMenuFetchedOverHttp"),
                    "request \\d+: expected GET /menu-nav/"),
            entry("ignores-init-appstatus", "CP-7970G", "Init:AppStatus clears the Status object",
                    OBJECTS + "CiscoIPPhoneStatus", Set.of("AppStatusTest.initAppStatusClearsStatusObject"),
                    "screen of [^:]+: differs"),
            entry("ignores-refresh-url", "CP-7970G", "Refresh: N; url=URL fetches URL after N seconds",
                    SEED + "Refresh", Set.of("RefreshTest.fetchesRefreshUrlAfterDelay",
                            "RefreshTest.refreshOfZeroWaitsForNextSoftkey"), "expected GET /refresh/"),
            entry("ignores-refresh-without-url", "CP-7970G", "Refresh without a URL reloads the current page",
                    SEED + "Refresh", Set.of("RefreshTest.reloadsCurrentUrlWhenRefreshNamesNone"),
                    "expected \\d+ request"),
            entry("ignores-update-softkey", "CP-7970G", "the Update softkey reloads the page at any time",
                    SEED + "Refresh", Set.of("RefreshTest.updateSoftkeyReloadsPageShown"), "expected \\d+ request"),
            entry("keeps-refresh-after-leaving", "CP-7970G", "a Refresh timer belongs to the page that sent it",
                    SEED + "Refresh", Set.of("RefreshTest.navigatingAwayCancelsRefresh"), "still fired"),
            entry("runs-priority-one-at-once", "CP-7970G", "Priority 1 fetches the URL when the phone is idle",
                    OBJECTS + "CiscoIPPhoneExecute Priority", Set.of("ExecutePriorityTest.priorityOneWaitsUntilIdle"),
                    "screen of [^:]+: differs"),
            entry("runs-priority-two-when-busy", "CP-7970G", "Priority 2 fetches the URL only if the phone is idle",
                    OBJECTS + "CiscoIPPhoneExecute Priority",
                    Set.of("ExecutePriorityTest.priorityTwoIsDroppedWhileBusy"), "expected"),
            entry("shows-glyphs-outside-locale", "CP-7960G",
                    "old models display only characters of their locale's encoding", SEED + "Encoding",
                    Set.of("CharsetTest.showsDeclaredUtf8AsItsGenerationCan"), "screen of [^:]+: differs"),
            entry("reads-missing-charset-as-utf8", "CP-7960G",
                    "without a charset the phone uses its user locale's encoding", SEED + "Content-Type",
                    Set.of("CharsetTest.readsPageWithoutCharsetInLocaleEncoding"), "screen of [^:]+: differs"),
            entry("prefers-xml-declaration", "CP-7970G", "the Content-Type charset says how the body is encoded",
                    SEED + "Content-Type; RFC 7303 §3.2",
                    Set.of("CharsetTest.contentTypeCharsetGovernsOverXmlDeclaration"), "screen of [^:]+: "),
            entry("accepts-wrong-password", "CP-7970G", "invalid credentials give CiscoIPPhoneError Number=4",
                    SEED + "The phone as HTTP server", Set.of("PushAuthenticationTest.refusesPushWithWrongPassword",
                            // the same defect where an Authentication URL judges the credentials: the phone lets
                            // through a push whose credentials were not AUTHORIZED
                            "AuthenticationUrlTest.refusesPushWhenUnAuthorized",
                            "AuthenticationUrlTest.refusesPushWhenAnswerHasExtraText",
                            "AuthenticationUrlTest.refusesPushWhenAuthenticationServerDoesNotAnswer"),
                    "accepted the push"
                            + "|expected <CiscoIPPhoneError Number=\"4\" /> after .*the phone answered HTTP 200"),
            entry("accepts-push-without-credentials", "CP-7970G", "a push needs HTTP basic authentication",
                    SEED + "The phone as HTTP server",
                    Set.of("PushAuthenticationTest.refusesPushWithoutCredentials"), "expected HTTP 200 with body"),
            entry("accepts-authorized-with-extra-text", "CP-7970G",
                    "only an Authentication URL answer of exactly AUTHORIZED lets a push through",
                    "Cisco Unified IP Phone Services Application Development Notes, Authentication",
                    Set.of("AuthenticationUrlTest.refusesPushWhenAnswerHasExtraText"), "after an answer with extra"),
            entry("authorizes-when-unreachable", "CP-7970G",
                    "an authentication server that does not answer gives CiscoIPPhoneError Number=4",
                    "Cisco Unified IP Phone Services Application Development Notes, Authentication",
                    Set.of("AuthenticationUrlTest.refusesPushWhenAuthenticationServerDoesNotAnswer"),
                    "after no answer from the authentication server"),
            entry("ignores-push-limit", "CP-7960G", "a pushed object is at most 512 bytes on 79xx firmware",
                    SEED + "The phone as HTTP server",
                    Set.of("PushLimitTest.phoneRefusesObjectOverPushLimitWhenSentRaw"), "expected a CiscoIPPhoneError"),
            entry("ignores-push-limit", "CP-8861", "a pushed object is at most 40 KB on 78xx/88xx",
                    "Cisco IP Phone Services Application Development Notes 9.1.1 and later, push size",
                    Set.of("PushLimitTest.currentPhoneRefusesObjectJustOverItsLimitWhenSentRaw"),
                    "expected a CiscoIPPhoneError"),
            entry("case-insensitive-execute-path", "CP-7970G", "the push path /CGI/Execute is case-sensitive",
                    SEED + "The phone as HTTP server", Set.of("ExecutePathTest.ignoresPushToLowerCasePath"),
                    "case-sensitive"),
            entry("case-insensitive-xml-field", "CP-7970G", "the form field XML is case-sensitive",
                    SEED + "The phone as HTTP server", Set.of("ExecutePathTest.ignoresObjectInLowerCaseField"),
                    "case-sensitive"));

    private DeviationCatalogue() {
    }

    private static CataloguedDeviation entry(String profile, String model, String rule, String source,
            Set<String> tests, String evidence) {
        return new CataloguedDeviation(profile, model, rule, source, tests, Pattern.compile(evidence, Pattern.DOTALL));
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        java.util.Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
