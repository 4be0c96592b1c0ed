package io.phonebench.protocol.uri;

/** {@code EditDial:digits}: opens the dial editor pre-filled with the digits. */
public record EditDialUri(String digits) implements InternalUri {

    public EditDialUri {
        UriArguments.checkDigits("EditDial:" + digits, digits, "digits", true);
    }

    static EditDialUri fromArguments(String uri, String rest) {
        UriArguments args = UriArguments.split(uri, rest);
        args.requireCount(1, 1, "EditDial:digits");
        return new EditDialUri(args.digits(0, "digits", true));
    }

    @Override
    public String format() {
        return "EditDial:" + digits;
    }

    @Override
    public String scheme() {
        return "EditDial";
    }
}
