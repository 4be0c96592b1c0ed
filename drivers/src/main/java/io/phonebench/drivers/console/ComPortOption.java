package io.phonebench.drivers.console;

import org.apache.commons.net.telnet.TelnetOptionHandler;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 2217 COM-PORT-OPTION (Telnet option 44) as a Commons Net option handler: once the server agrees (DO), it sets
 * the line to BAUD 8N1 one command at a time, SET-BAUDRATE (1, four bytes, network order), SET-DATASIZE (2) 8,
 * SET-PARITY (3) 1 = NONE, SET-STOPSIZE (4) 1, each answered by the server with the command + 100 and the value it
 * actually set, which is checked before the next command goes out.
 */
final class ComPortOption extends TelnetOptionHandler {
    static final int OPTION = 44;
    static final int SET_BAUDRATE = 1;
    static final int SET_DATASIZE = 2;
    static final int SET_PARITY = 3;
    static final int SET_STOPSIZE = 4;
    static final int SERVER_REPLY = 100;
    static final int DATASIZE_8 = 8;
    static final int PARITY_NONE = 1;
    static final int STOPSIZE_1 = 1;

    private final int baud;
    private final List<String> problems = new ArrayList<>();
    private boolean done;
    private int awaiting;

    ComPortOption(int baud) {
        super(OPTION, true, false, true, false);
        this.baud = baud;
    }

    /** The server said DO COM-PORT-OPTION: the first command, the baud rate. */
    @Override
    public synchronized int[] startSubnegotiationLocal() {
        awaiting = SET_BAUDRATE;
        return new int[] {OPTION, SET_BAUDRATE, (baud >>> 24) & 0xFF, (baud >>> 16) & 0xFF, (baud >>> 8) & 0xFF,
                baud & 0xFF};
    }

    /** A server reply: check it against the command sent, then send the next one. */
    @Override
    public synchronized int[] answerSubnegotiation(int[] data, int length) {
        if (length < 3 || data[0] != OPTION || data[1] != awaiting + SERVER_REPLY) {
            return null;   // NOTIFY-LINESTATE / NOTIFY-MODEMSTATE and the like: not needed by a console
        }
        int value = 0;
        for (int i = 2; i < length; i++) {
            value = (value << 8) | (data[i] & 0xFF);
        }
        int[] next = switch (awaiting) {
            case SET_BAUDRATE -> check("baud rate", baud, value, new int[] {OPTION, SET_DATASIZE, DATASIZE_8});
            case SET_DATASIZE -> check("data size", DATASIZE_8, value, new int[] {OPTION, SET_PARITY, PARITY_NONE});
            case SET_PARITY -> check("parity (1 = none)", PARITY_NONE, value,
                    new int[] {OPTION, SET_STOPSIZE, STOPSIZE_1});
            default -> check("stop bits", STOPSIZE_1, value, null);
        };
        if (next == null) {
            done = true;
            notifyAll();
        } else {
            awaiting = next[1];
        }
        return next;
    }

    private int[] check(String what, int asked, int confirmed, int[] next) {
        if (asked != confirmed) {
            problems.add("asked for " + what + " " + asked + ", the server set " + confirmed);
        }
        return next;
    }

    /** The server refused the option (DONT) or closed: wakes {@link #awaitDone}. */
    synchronized void refused(String why) {
        problems.add(why);
        done = true;
        notifyAll();
    }

    /**
     * Waits until the four commands are confirmed or refused; returns what went wrong (empty: the line is 8N1 at the
     * baud rate asked for), or a description of the step still awaited when the deadline passed.
     */
    synchronized List<String> awaitDone(long deadlineNanos) throws InterruptedException {
        while (!done) {
            long left = deadlineNanos - System.nanoTime();
            if (left <= 0) {
                return List.of(awaiting == 0 ? "no DO COM-PORT-OPTION in answer to WILL (is this a raw TCP port?"
                        + " then write tcp://)" : "no answer to COM-PORT-OPTION command " + awaiting);
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return List.copyOf(problems);
    }
}
