package io.phonebench.bench.rig;

import java.util.Objects;

/**
 * The directory user the bench authenticates as on every phone of a rig (push, screenshot). The password comes from
 * the environment and never appears in {@link #toString()}.
 */
public record DirectoryUser(String user, String password) {
    public DirectoryUser {
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
    }

    @Override
    public String toString() {
        return "DirectoryUser[user=" + user + ", password=****]";
    }
}
