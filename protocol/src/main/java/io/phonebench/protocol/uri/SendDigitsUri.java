package io.phonebench.protocol.uri;

/**
 * {@code SendDigits:dtmf:audibleFeedback::applicationId}: in-band DTMF into the application's active call. The third
 * field is empty in the SDK's syntax and must stay so.
 */
public record SendDigitsUri(String digits, boolean audibleFeedback, String applicationId) implements InternalUri {

    private static final String SYNTAX = "SendDigits:dtmf:audibleFeedback::applicationId";

    public SendDigitsUri {
        UriArguments.checkDigits("SendDigits:" + digits, digits, "DTMF digits", false);
        UriArguments.checkApplicationId("SendDigits:" + digits, applicationId);
    }

    static SendDigitsUri fromArguments(String uri, String rest) {
        UriArguments args = UriArguments.split(uri, rest);
        args.requireCount(4, 4, SYNTAX);
        if (args.present(2)) {
            throw args.fail("expected an empty third field (" + SYNTAX + ") but found '" + args.get(2) + "'");
        }
        return new SendDigitsUri(args.digits(0, "DTMF digits", false), args.flag(1, "audibleFeedback"),
                args.applicationId(3));
    }

    @Override
    public String format() {
        return "SendDigits:" + digits + ":" + (audibleFeedback ? 1 : 0) + "::" + applicationId;
    }

    @Override
    public String scheme() {
        return "SendDigits";
    }
}
