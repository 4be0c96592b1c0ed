package io.phonebench.emulator.virtual;

import io.phonebench.protocol.exchange.RecordedRequest;
import io.phonebench.emulator.catalog.PhoneModel;
import io.phonebench.emulator.deviation.Deviation;
import io.phonebench.protocol.object.CheckedDocument;
import io.phonebench.protocol.object.CiscoIPPhoneError;
import io.phonebench.protocol.object.CiscoIPPhoneObjects;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * {@code POST /CGI/Execute}, in the phone's order: credentials first (Error 4 and stop), then the model's size limit,
 * then parsing and the SDK's rules (any fault: Error 1), then the reference phone.
 */
final class ExecuteEndpoint {
    /**
     * Error number for an object over the push limit. The SDK names no number for it (docs/xml-object-reference.md
     * §3.3 lists
     * 1 parse, 2 framing, 3 internal file, 4 authentication); an object the phone will not read is a parse failure.
     */
    static final int OVERSIZE_ERROR = CiscoIPPhoneError.PARSE;
    static final int PARSE_ERROR = CiscoIPPhoneError.PARSE;

    /** The form fields a push may carry its object in: XML, and xml for firmware that reads it in any case. */
    private static final List<String> XML_FIELDS = List.of("XML", "xml");

    private final PhoneModel model;
    private final PhoneUser credentials;
    private final PushTarget target;
    private final FirmwareProfile profile;
    private final Optional<AuthenticationUrl> authenticationUrl;

    /**
     * @param authenticationUrl where push credentials are checked; without one the phone checks its configured
     *                          directory user itself (a virtual phone's stand-in for CUCM's authentication service)
     */
    ExecuteEndpoint(PhoneModel model, PhoneUser credentials, PushTarget target, FirmwareProfile profile,
            Optional<AuthenticationUrl> authenticationUrl) {
        this.authenticationUrl = authenticationUrl;
        this.profile = profile;
        this.model = model;
        this.credentials = credentials;
        this.target = target;
    }

    private boolean authorized(Optional<String> authorization) {
        return authenticationUrl.map(a -> a.authorizes(authorization))
                .orElseGet(() -> credentials.acceptsAuthorization(authorization));
    }

    /** Firmware deviations that let a push through without the right credentials. */
    private boolean deviantlyAccepted(Optional<String> authorization) {
        return authorization.isEmpty() ? profile.has(Deviation.ACCEPTS_PUSH_WITHOUT_CREDENTIALS)
                : profile.has(Deviation.ACCEPTS_WRONG_PASSWORD);
    }

    Reply handle(RecordedRequest request, Optional<String> authorization) {
        if (!request.method().equals("POST")) {
            return Reply.methodNotAllowed();
        }
        if (!authorized(authorization) && !deviantlyAccepted(authorization)) {
            return Reply.authenticationError();
        }
        Optional<byte[]> field = FormBody.field(request.body(), "XML");
        if (field.isEmpty() && profile.has(Deviation.CASE_INSENSITIVE_XML_FIELD)) {
            field = FormBody.field(request.body(), "xml");
        }
        if (field.isEmpty() || field.get().length == 0) {
            return Reply.error(PARSE_ERROR);
        }
        byte[] object = field.get();
        if (object.length > model.pushLimitBytes() && !profile.has(Deviation.IGNORES_PUSH_LIMIT)) {
            return Reply.error(OVERSIZE_ERROR);
        }
        // The form field carries bytes; the object's own XML declaration says how to read them.
        CheckedDocument document = CiscoIPPhoneObjects.check(object, null);
        if (!document.valid()) {
            return Reply.error(PARSE_ERROR);
        }
        // No lock here: the target orders pushes itself. The reference phone fetches a pushed URL with its own lock
        // released, so a slow service holds up only the push that named it.
        return Reply.xml(target.push(document.object()).toXml());
    }

    /**
     * Whether pushing this body can neither fetch nor wait: credentials are checked by the phone itself, not at an
     * Authentication URL, and the object is neither a CiscoIPPhoneExecute (its URLs, key presses that follow a page's
     * links, RTP streams) nor a *File object, whose pictures are fetched ({@code ServicePictures.fetches}). Read from
     * the bytes before the object is parsed, it errs one way only: a field it cannot read as plain ASCII, or that
     * names Execute or File anywhere (in any case: element names cannot be escaped), counts as one that fetches.
     */
    boolean answersWithoutFetching(byte[] body) {
        if (authenticationUrl.isPresent()) {
            return false;
        }
        for (String name : XML_FIELDS) {
            Optional<byte[]> field = FormBody.field(body, name);
            if (field.isPresent() && !plainDisplayObject(field.get())) {
                return false;
            }
        }
        return true;
    }

    private static boolean plainDisplayObject(byte[] object) {
        for (byte b : object) {
            if ((b < 0x20 || b > 0x7E) && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        String text = new String(object, StandardCharsets.US_ASCII).toLowerCase(Locale.ROOT);
        return !text.contains("execute") && !text.contains("file");
    }

    /** Whether a request carries the phone's credentials (/CGI/Execute and /CGI/Screenshot share them). */
    boolean authorizes(Optional<String> authorization) {
        return credentials.acceptsAuthorization(authorization);
    }
}
