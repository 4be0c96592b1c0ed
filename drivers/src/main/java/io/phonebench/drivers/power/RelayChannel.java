package io.phonebench.drivers.power;

import java.util.Objects;

/** Where a relay contact is: the board's name in the rig file and the 1-based channel printed on the board. */
public record RelayChannel(String board, int index) {
    public RelayChannel {
        Objects.requireNonNull(board, "board");
        if (index < 1) {
            throw new IllegalArgumentException("relay channel on board " + board + ": expected 1 or more, saw " + index);
        }
    }
}
