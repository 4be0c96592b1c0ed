package io.phonebench.protocol.device;

/** A stream end as StreamingStatisticsX writes it: {@code ip/port}, e.g. {@code 192.168.125.10/20000}. */
public record StreamAddress(String host, int port) {

    public StreamAddress {
        if (host == null || host.isBlank() || port < 0 || port > 65535) {
            throw new IllegalArgumentException("a stream address needs a host and a port 0-65535, got " + host + "/"
                    + port);
        }
    }

    static StreamAddress parse(String page, String field, String value) {
        int slash = value.lastIndexOf('/');
        if (slash <= 0 || !value.substring(slash + 1).matches("\\d{1,5}")
                || Integer.parseInt(value.substring(slash + 1)) > 65535) {
            throw new DevicePageException(page, field, value, "ip/port, e.g. 192.168.125.10/20000");
        }
        return new StreamAddress(value.substring(0, slash), Integer.parseInt(value.substring(slash + 1)));
    }

    /** No stream: the phone shows {@code 0.0.0.0/0}. */
    public boolean isUnset() {
        return port == 0 && host.equals("0.0.0.0");
    }

    public String format() {
        return host + "/" + port;
    }
}
