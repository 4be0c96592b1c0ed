package io.phonebench.protocol.uri;

import java.util.Optional;

/**
 * {@code Dial:digits[:useAppUI:applicationId[:audibleFeedback]]}: places a call. Digits are 0-9 # * A-D, and ','
 * pauses one second.
 */
public record DialUri(String digits, Optional<Application> application) implements InternalUri {

    /** The optional application binding: whether the app's UI stays up, which app, and key click feedback. */
    public record Application(boolean useAppUi, String applicationId, Optional<Boolean> audibleFeedback) {
        public Application {
            UriArguments.checkApplicationId("Dial:", applicationId);
        }
    }

    public DialUri {
        java.util.Objects.requireNonNull(application, "application (use Optional.empty())");
        UriArguments.checkDigits("Dial:" + digits, digits, "digits", true);
    }

    public static DialUri of(String digits) {
        return new DialUri(digits, Optional.empty());
    }

    static DialUri fromArguments(String uri, String rest) {
        UriArguments args = UriArguments.split(uri, rest);
        args.requireCount(1, 4, "Dial:digits[:useAppUI:applicationId[:audibleFeedback]]");
        if (args.count() == 2) {
            throw args.fail("expected an application id after useAppUI");
        }
        String digits = args.digits(0, "digits", true);
        if (args.count() == 1) {
            return of(digits);
        }
        Optional<Boolean> feedback = args.count() == 4
                ? Optional.of(args.flag(3, "audibleFeedback")) : Optional.empty();
        return new DialUri(digits, Optional.of(
                new Application(args.flag(1, "useAppUI"), args.applicationId(2), feedback)));
    }

    @Override
    public String format() {
        StringBuilder b = new StringBuilder("Dial:").append(digits);
        application.ifPresent(a -> {
            b.append(':').append(a.useAppUi() ? 1 : 0).append(':').append(a.applicationId());
            a.audibleFeedback().ifPresent(f -> b.append(':').append(f ? 1 : 0));
        });
        return b.toString();
    }

    @Override
    public String scheme() {
        return "Dial";
    }
}
