package io.phonebench.protocol.uri;

import java.util.Arrays;

/** {@code SoftKey:<action>}: a native softkey's action in the current object's context. Not allowed in Execute. */
public record SoftKeyUri(Action action) implements InternalUri {

    public SoftKeyUri {
        if (action == null) {
            throw new UriSyntaxException("SoftKey:", "expected a softkey action");
        }
    }

    /** The native softkey actions; Dial and EditDial only work inside a CiscoIPPhoneDirectory. */
    public enum Action {
        BACK("Back"), CANCEL("Cancel"), EXIT("Exit"), NEXT("Next"), SEARCH("Search"), SELECT("Select"),
        SUBMIT("Submit"), UPDATE("Update"), DIAL("Dial"), EDIT_DIAL("EditDial"), BACKSPACE("<<");

        private final String wireName;

        Action(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }

    static SoftKeyUri fromArguments(String uri, String rest) {
        return new SoftKeyUri(Arrays.stream(Action.values()).filter(a -> a.wireName.equals(rest)).findFirst()
                .orElseThrow(() -> new UriSyntaxException(uri, "expected one of "
                        + Arrays.stream(Action.values()).map(Action::wireName).toList() + " but found '" + rest
                        + "'")));
    }

    @Override
    public String format() {
        return "SoftKey:" + action.wireName;
    }

    @Override
    public String scheme() {
        return "SoftKey";
    }

    @Override
    public boolean allowedInExecute() {
        return false;
    }
}
