package io.phonebench.protocol.uri;

import java.util.Optional;

/**
 * {@code Play:<file>} plays a raw µ-law file from the TFTP server (synchronously: the push response waits for the end
 * of playback); {@code Play:Stop} stops it. An empty file means Stop.
 */
public record PlayUri(Optional<String> file) implements InternalUri {

    public PlayUri {
        file.ifPresent(f -> {
            if (f.isEmpty() || f.equals("Stop") || f.chars().anyMatch(c -> c <= ' ')) {
                throw new UriSyntaxException("Play:" + f, "expected a TFTP file name without spaces or control"
                        + " characters");
            }
        });
    }

    public static PlayUri file(String name) {
        return new PlayUri(Optional.of(name));
    }

    public static PlayUri stop() {
        return new PlayUri(Optional.empty());
    }

    static PlayUri fromArguments(String uri, String rest) {
        if (rest.isEmpty()) {
            throw new UriSyntaxException(uri, "expected Play:file or Play:Stop");
        }
        if (!rest.equals("Stop") && rest.equalsIgnoreCase("Stop")) {
            throw new UriSyntaxException(uri, "expected 'Stop' (case-sensitive) but found '" + rest + "'");
        }
        return rest.equals("Stop") ? stop() : file(rest);
    }

    @Override
    public String format() {
        return "Play:" + file.orElse("Stop");
    }

    @Override
    public String scheme() {
        return "Play";
    }
}
