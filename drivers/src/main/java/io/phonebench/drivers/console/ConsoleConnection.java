package io.phonebench.drivers.console;

import io.phonebench.drivers.BenchInfrastructureException;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * Keeps a console's transport open: a reader thread copies everything into the {@link ConsoleLog}, and when the
 * port vanishes (USB adapter pulled, pty gone, terminal server dropped the connection) it reopens it with a growing
 * pause, up to a maximum, until stopped.
 */
final class ConsoleConnection {
    private static final Duration READ_SLICE = Duration.ofMillis(100);
    private static final Duration FIRST_PAUSE = Duration.ofMillis(50);

    private final String name;
    private final ConsoleAddress address;
    private final ConsoleLog log;
    private final Duration maxPause;
    private final Object pauseSignal = new Object();
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPLACE).onUnmappableCharacter(CodingErrorAction.REPLACE);
    private final ByteBuffer undecoded = ByteBuffer.allocate(512);
    private volatile ConsoleTransport link;
    private volatile boolean running;
    private volatile Instant downSince;
    private volatile String lastProblem = "";
    private Thread reader;

    ConsoleConnection(String name, ConsoleAddress address, ConsoleLog log, Duration maxPause) {
        this.name = name;
        this.address = address;
        this.log = log;
        this.maxPause = maxPause;
    }

    /** Opens the port (bounded retries, throws if it is missing) and starts reading. Idempotent. */
    synchronized void start() {
        if (running) {
            return;
        }
        link = ConsoleTransport.open(address, true);
        downSince = null;
        running = true;
        reader = new Thread(this::readLoop, "console-" + name);
        reader.setDaemon(true);
        reader.start();
    }

    /** Idempotent; closes the port. */
    synchronized void stop() {
        if (!running) {
            return;
        }
        running = false;
        synchronized (pauseSignal) {
            pauseSignal.notifyAll();
        }
        try {
            reader.join(READ_SLICE.multipliedBy(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            closeLink();
            reader = null;
        }
    }

    boolean isUp() {
        return running && link != null;
    }

    /** Why the port is down and since when, for messages; empty while it is up. */
    String outage() {
        Instant since = downSince;
        if (since == null) {
            return "";
        }
        return "port down for " + Duration.between(since, Instant.now()).toMillis() + " ms (" + lastProblem + ")";
    }

    void write(byte[] bytes) {
        ConsoleTransport current = link;
        if (!running || current == null) {
            throw new BenchInfrastructureException("console " + name + " (" + address + "): cannot send, "
                    + (running ? outage() : "console not started"));
        }
        current.write(bytes);
    }

    private void readLoop() {
        byte[] buffer = new byte[1024];
        Duration pause = FIRST_PAUSE;
        while (running) {
            ConsoleTransport current = link;
            if (current == null) {
                if (reopen()) {
                    pause = FIRST_PAUSE;
                } else {
                    pause(pause);
                    pause = pause.multipliedBy(2).compareTo(maxPause) > 0 ? maxPause : pause.multipliedBy(2);
                }
                continue;
            }
            try {
                int count = current.read(buffer, READ_SLICE);
                if (count > 0) {
                    log.append(decode(buffer, count));
                }
            } catch (BenchInfrastructureException e) {
                if (running) {
                    markDown(e.getMessage());
                }
            }
        }
    }

    private boolean reopen() {
        try {
            link = ConsoleTransport.open(address, false);
            downSince = null;
            log.wakeWaiters();
            return true;
        } catch (BenchInfrastructureException e) {
            lastProblem = e.getMessage();
            return false;
        }
    }

    private void markDown(String problem) {
        closeLink();
        lastProblem = problem;
        downSince = Instant.now();
        log.wakeWaiters();
    }

    private void closeLink() {
        ConsoleTransport current = link;
        link = null;
        if (current != null) {
            current.close();
        }
    }

    private void pause(Duration pause) {
        synchronized (pauseSignal) {
            try {
                pauseSignal.wait(pause.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
    }

    /** Decodes UTF-8, keeping a sequence split across two reads for the next one. */
    private CharSequence decode(byte[] bytes, int count) {
        CharBuffer out = CharBuffer.allocate(count + undecoded.capacity());
        int offset = 0;
        while (offset < count) {
            int chunk = Math.min(undecoded.remaining(), count - offset);
            undecoded.put(bytes, offset, chunk);
            offset += chunk;
            undecoded.flip();
            decoder.decode(undecoded, out, false);
            undecoded.compact();
        }
        out.flip();
        return out;
    }
}
