package io.phonebench.emulator.virtual;

import io.phonebench.emulator.catalog.PhoneModel;
import io.phonebench.emulator.deviation.Deviation;
import io.phonebench.protocol.object.CheckedDocument;
import io.phonebench.protocol.object.CiscoIPPhoneError;
import io.phonebench.protocol.object.CiscoIPPhoneObjects;
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

    Reply handle(ReceivedRequest request, Optional<String> authorization) {
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
        synchronized (target) {
            return Reply.xml(target.push(document.object()).toXml());
        }
    }

    /** Whether a request carries the phone's credentials (/CGI/Execute and /CGI/Screenshot share them). */
    boolean authorizes(Optional<String> authorization) {
        return credentials.acceptsAuthorization(authorization);
    }
}
