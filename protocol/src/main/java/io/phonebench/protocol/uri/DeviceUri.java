package io.phonebench.protocol.uri;

import java.util.Arrays;

/** {@code Device:Unlock|GeneratePRT|PRTStatus}; the PRT actions exist on 8821/9821 only. */
public record DeviceUri(Action action) implements InternalUri {

    public enum Action { UNLOCK("Unlock"), GENERATE_PRT("GeneratePRT"), PRT_STATUS("PRTStatus");

        private final String wireName;

        Action(String wireName) {
            this.wireName = wireName;
        }

        public String wireName() {
            return wireName;
        }
    }

    public DeviceUri {
        if (action == null) {
            throw new UriSyntaxException("Device:", "expected Unlock, GeneratePRT or PRTStatus");
        }
    }

    static DeviceUri fromArguments(String uri, String rest) {
        return new DeviceUri(Arrays.stream(Action.values()).filter(a -> a.wireName.equals(rest)).findFirst()
                .orElseThrow(() -> new UriSyntaxException(uri, "expected Unlock, GeneratePRT or PRTStatus but found '"
                        + rest + "'")));
    }

    @Override
    public String format() {
        return "Device:" + action.wireName;
    }

    @Override
    public String scheme() {
        return "Device";
    }
}
