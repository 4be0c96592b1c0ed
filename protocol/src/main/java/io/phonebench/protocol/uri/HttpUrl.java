package io.phonebench.protocol.uri;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

/**
 * A plain HTTP(S) URL, kept exactly as written. CUCM's {@code #DEVICENAME#} placeholder is allowed although '#' is
 * otherwise a fragment mark: CUCM replaces it before the phone ever fetches the URL.
 */
public record HttpUrl(String url) implements InternalUri {
    private static final String DEVICE_NAME = "#DEVICENAME#";
    private static final int MAX_PORT = 65535;
    /** A DNS name, an IPv4 address or a bracketed IPv6 literal: no escapes (a %00 host is no host). */
    private static final Pattern HOST = Pattern.compile("[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?|\\[[0-9A-Fa-f:.]+]");

    public HttpUrl {
        if (url == null) {
            throw new UriSyntaxException("null", "expected an http: or https: URL");
        }
        URI parsed;
        try {
            parsed = new URI(url.replace(DEVICE_NAME, "SEP000000000000"));
        } catch (URISyntaxException e) {
            throw new UriSyntaxException(url, "expected a valid http(s) URL: " + e.getReason() + " at index "
                    + e.getIndex());
        }
        String scheme = parsed.getScheme();
        if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))) {
            throw new UriSyntaxException(url, "expected an http: or https: URL");
        }
        if (parsed.getHost() == null || !HOST.matcher(parsed.getHost()).matches()) {
            throw new UriSyntaxException(url, "expected http(s)://host[:port]/path with a host name");
        }
        String hostAndPort = parsed.getRawAuthority().substring(parsed.getRawAuthority().lastIndexOf('@') + 1);
        if (parsed.getPort() == 0 || parsed.getPort() > MAX_PORT
                || (parsed.getPort() < 0 && hostAndPort.matches(".*:[^\\]]*"))) {
            throw new UriSyntaxException(url, "expected a TCP port 1-" + MAX_PORT + " after the host");
        }
    }

    /** The URL as a {@link URI} (with {@code #DEVICENAME#} still in place it may not parse: substitute first). */
    public URI toUri() {
        return URI.create(url);
    }

    @Override
    public String format() {
        return url;
    }

    @Override
    public String scheme() {
        return url.substring(0, url.indexOf(':'));
    }

    @Override
    public boolean isHttp() {
        return true;
    }

    /** Hides a password embedded as {@code user:password@host}, which some service URLs carry. */
    @Override
    public String toString() {
        return "HttpUrl[" + url.replaceFirst("^([A-Za-z]+://[^/@:]*):[^/@]*@", "$1:***@") + "]";
    }
}
