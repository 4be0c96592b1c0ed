package io.phonebench.bench.rig;

import java.util.Objects;

/**
 * The directory user the bench authenticates as on every phone of a rig (push, screenshot). The password comes from
 * the environment and never appears in {@link #toString()}.
 */
public record Credentials(String user, String password) {
    public Credentials {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return "Credentials[user=" + user + ", password=****]";
    }
}
