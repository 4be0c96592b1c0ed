package io.phonebench.drivers.phone;

/**
 * Where a phone answers HTTP and the directory user that may push to it. The password is a secret: it never
 * appears in {@link #toString()} or in any message built from this record.
 */
public record PhoneAddress(String host, int port, String user, String password) {

    public PhoneAddress {
        if (host == null || host.isBlank()) {
            throw new IllegalArgumentException("a phone address needs a host, got '" + host + "'");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("phone " + host + ": expected an HTTP port 1-65535 but got " + port);
        }
        if (user == null || password == null) {
            throw new IllegalArgumentException("phone " + host + ":" + port + ": user and password are required"
                    + " (/CGI/Execute and /CGI/Screenshot need basic authentication)");
        }
    }

    /** Port 80, the phones' only HTTP port. */
    public static PhoneAddress of(String host, String user, String password) {
        return new PhoneAddress(host, 80, user, password);
    }

    /** {@code host:port}, for messages. */
    public String label() {
        return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
    }

    @Override
    public String toString() {
        return "PhoneAddress[" + label() + ", user=" + user + ", password=***]";
    }
}
