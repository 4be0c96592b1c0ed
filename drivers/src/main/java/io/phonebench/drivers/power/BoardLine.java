package io.phonebench.drivers.power;

import io.phonebench.drivers.BenchInfrastructureException;
import io.phonebench.drivers.serial.OpenPolicy;
import io.phonebench.drivers.serial.SerialLine;
import io.phonebench.drivers.serial.SerialLink;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The serial line of one relay board: commands are serialised (one lock per board), each is tried a bounded number
 * of times, and a link that failed is dropped and reopened on the next try, so a board that was unplugged works
 * again once it is back.
 */
final class BoardLine implements AutoCloseable {

    /** One command and its answer on an open link. */
    @FunctionalInterface
    interface Exchange<T> {
        T run(SerialLink link, Duration answerTimeout) throws NoAnswer;
    }

    private final String board;
    private final SerialLine line;
    private final CommandPolicy policy;
    private final Sleeper sleeper;
    private final ReentrantLock lock = new ReentrantLock();
    private SerialLink link;   // guarded by lock; null until first use and after a failure

    BoardLine(String board, SerialLine line, CommandPolicy policy, Sleeper sleeper) {
        this.board = Objects.requireNonNull(board, "board");
        this.line = Objects.requireNonNull(line, "line");
        this.policy = Objects.requireNonNull(policy, "policy");
        this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
    }

    String describe() {
        return "relay board '" + board + "' (" + line.path() + ")";
    }

    <T> T exchange(String command, int channel, Exchange<T> exchange) {
        acquire(command, channel);
        try {
            String lastProblem = "";
            for (int attempt = 1; attempt <= policy.attempts(); attempt++) {
                if (attempt > 1) {
                    sleeper.sleep(policy.retryPause());
                }
                try {
                    SerialLink current = openLink();
                    current.discardInput();   // a late answer to an earlier try must not pass for this one's
                    return exchange.run(current, policy.answerTimeout());
                } catch (NoAnswer e) {
                    lastProblem = "no valid answer within " + policy.answerTimeout().toMillis() + " ms, saw "
                            + e.getMessage();
                } catch (BenchInfrastructureException e) {
                    lastProblem = e.getMessage();
                    dropLink();
                }
            }
            throw new BenchInfrastructureException(describe() + " channel " + channel + ": command '" + command
                    + "' failed after " + policy.attempts() + " attempts: " + lastProblem);
        } finally {
            lock.unlock();
        }
    }

    private void acquire(String command, int channel) {
        try {
            if (!lock.tryLock(policy.worstCase().toMillis(), TimeUnit.MILLISECONDS)) {
                throw new BenchInfrastructureException(describe() + " channel " + channel + ": command '" + command
                        + "' could not start: another command held the board for over "
                        + policy.worstCase().toMillis() + " ms");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchInfrastructureException(describe() + ": interrupted waiting to send '" + command + "'", e);
        }
    }

    private SerialLink openLink() {
        if (link == null || !link.isOpen()) {
            link = SerialLink.open(line, OpenPolicy.ONCE);
        }
        return link;
    }

    private void dropLink() {
        if (link != null) {
            link.close();
            link = null;
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            dropLink();
        } finally {
            lock.unlock();
        }
    }
}
