package io.phonebench.protocol.uri;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code Notify:http:host:port:path[:base64credentials[:data]]}: the phone POSTs {@code DATA=...} to the server.
 * Used in application event handlers; not allowed in Execute. The credentials never appear in {@link #toString()}.
 */
public record NotifyUri(String host, int port, String path, Optional<String> credentials, Optional<String> data)
        implements InternalUri {
    private static final Pattern BASE64 = Pattern.compile("[A-Za-z0-9+/]+={0,2}");
    private static final Pattern PATH = Pattern.compile("[^:\\s]+");
    private static final String SYNTAX = "Notify:http:host:port:path[:base64credentials[:data]]";

    public NotifyUri {
        String uri = "Notify:http:" + host + ":" + port + ":" + path;
        UriArguments.split(uri, String.valueOf(host)).host(0, "the host");
        if (port < 1 || port > 65535) {
            throw new UriSyntaxException(uri, "expected a port in 1-65535 but found " + port);
        }
        if (path == null || !PATH.matcher(path).matches()) {
            throw new UriSyntaxException(uri, "expected a path without colons or spaces but found '" + path + "'");
        }
        if (credentials.isPresent() && !BASE64.matcher(credentials.get()).matches()) {
            throw new UriSyntaxException(uri + ":...", "expected base64 credentials (user:password encoded)");
        }
        if (data.isPresent() && data.get().chars().anyMatch(c -> c < ' ')) {
            throw new UriSyntaxException(uri + ":...", "expected data without control characters");
        }
    }

    static NotifyUri fromArguments(String uri, String rest) {
        UriArguments args = UriArguments.split(uri, rest, 6);
        args.requireCount(4, 6, SYNTAX);
        if (!args.get(0).equals("http")) {
            throw new UriSyntaxException(redacted(uri), "expected protocol 'http' (" + SYNTAX + ") but found '"
                    + args.get(0) + "'");
        }
        String host = args.host(1, "the host");
        int port = args.integer(2, "the port", 1, 65535);
        String path = args.required(3, "the path");
        Optional<String> credentials = args.present(4) ? Optional.of(args.get(4)) : Optional.empty();
        Optional<String> data = args.count() == 6 ? Optional.of(args.get(5)) : Optional.empty();
        return new NotifyUri(host, port, path, credentials, data);
    }

    /** The URI with the credentials field blanked, for messages. */
    private static String redacted(String uri) {
        String[] parts = uri.split(":", 7);
        if (parts.length >= 6 && !parts[5].isEmpty()) {
            parts[5] = "***";
        }
        return String.join(":", parts);
    }

    @Override
    public String format() {
        StringBuilder b = new StringBuilder("Notify:http:").append(host).append(':').append(port).append(':')
                .append(path);
        if (credentials.isPresent() || data.isPresent()) {
            b.append(':').append(credentials.orElse(""));
        }
        data.ifPresent(d -> b.append(':').append(d));
        return b.toString();
    }

    @Override
    public String scheme() {
        return "Notify";
    }

    @Override
    public boolean allowedInExecute() {
        return false;
    }

    @Override
    public String toString() {
        return "NotifyUri[" + redacted(format()) + "]";
    }
}
