package io.phonebench.drivers.power;

import java.util.Objects;

/**
 * How the bench authenticates to an SNMP agent: an SNMPv2c community, or an SNMPv3 user with authPriv (SHA-1
 * authentication, AES-128 privacy: the pair APC, Raritan and Eaton network cards all offer). Secrets never appear in
 * {@link #toString()}.
 */
public sealed interface SnmpCredentials {

    record Community(String community) implements SnmpCredentials {
        public Community {
            Objects.requireNonNull(community, "community");
        }

        @Override
        public String toString() {
            return "v2c community ****";
        }
    }

    record User(String user, String authPassword, String privPassword) implements SnmpCredentials {
        public User {
            Objects.requireNonNull(user, "user");
            Objects.requireNonNull(authPassword, "authPassword");
            Objects.requireNonNull(privPassword, "privPassword");
            if (authPassword.length() < 8 || privPassword.length() < 8) {
                // RFC 3414 section 11.2: passwords shorter than 8 characters are refused by agents
                throw new IllegalArgumentException("SNMPv3 user " + user
                        + ": authPassword and privPassword need at least 8 characters (RFC 3414)");
            }
        }

        @Override
        public String toString() {
            return "v3 user " + user + " (authPriv)";
        }
    }
}
