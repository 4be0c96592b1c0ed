package io.phonebench.emulator.virtual;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Keeps a virtual phone's HTTP port its own while no server listens on it (before the first boot, and from each
 * power cut to the next boot): a TCP socket bound to the address and port but neither listening nor connected, so a
 * client still gets "connection refused", as from a phone that is off. Without it, the phone's own outgoing
 * connections, which leave from its address on ephemeral ports, could take the port while it was free, and the next
 * boot failed to bind it ("Failed to bind"), a BROKEN phone out of nothing. A port it picks itself is outside the
 * ephemeral range, so no outgoing connection can hold it at all.
 */
final class PortHold implements AutoCloseable {
    /** Ports below the ephemeral range, {@code [low - 10000, low - 1]}, or empty where the range is unknown. */
    private static final Optional<int[]> OUTSIDE_EPHEMERAL = outsideEphemeral(Path.of(
            "/proc/sys/net/ipv4/ip_local_port_range"));
    private static final int OUTSIDE_EPHEMERAL_ATTEMPTS = 32;

    private final InetAddress address;
    private final int port;
    private Socket held;       // guarded by this
    private boolean closed;    // guarded by this

    private PortHold(InetAddress address, int port, Socket held) {
        this.address = address;
        this.port = port;
        this.held = held;
    }

    /**
     * Holds a free port of {@code address}, or {@code port} itself when it is not 0 and can be held now. A free port is
     * taken below the kernel's ephemeral range when there is one (Linux: {@code ip_local_port_range}), so that no
     * outgoing connection can ever have it: the hold covers the time the phone is off, but not a connection that
     * already had the port when a power cut released it, and clean-clone CI runs still saw "Failed to bind" once.
     */
    static PortHold on(InetAddress address, int port) {
        if (port == 0) {
            for (int attempt = 0; attempt < OUTSIDE_EPHEMERAL_ATTEMPTS && OUTSIDE_EPHEMERAL.isPresent(); attempt++) {
                int[] range = OUTSIDE_EPHEMERAL.get();
                int candidate = range[0] + ThreadLocalRandom.current().nextInt(range[1] - range[0] + 1);
                try {
                    return new PortHold(address, candidate, bound(address, candidate));
                } catch (IOException taken) {
                    // in use on this address: try another
                }
            }
        }
        try {
            Socket socket = bound(address, port);
            return new PortHold(address, socket.getLocalPort(), socket);
        } catch (IOException e) {
            if (port == 0) {
                throw new UncheckedIOException("no free port on " + address.getHostAddress()
                        + " (is it a local address?): " + e.getMessage(), e);
            }
            // a fixed port something else holds: the server's own bind will say so at boot
            return new PortHold(address, port, null);
        }
    }

    int port() {
        return port;
    }

    /** Lets the port go, right before the server binds it. */
    synchronized void release() {
        closeHeld();
    }

    /** Takes the port back after the server closed it; best effort (something else may have it by now). */
    synchronized void take() {
        if (closed || held != null) {
            return;
        }
        try {
            held = bound(address, port);
        } catch (IOException e) {
            // taken in the moment between close and here: the next boot's bind reports it
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        closeHeld();
    }

    private void closeHeld() {
        if (held != null) {
            try {
                held.close();
            } catch (IOException e) {
                // the descriptor is released whatever close says
            }
            held = null;
        }
    }

    /** The 10,000 ports below the ephemeral range the file gives ("32768 60999"), when they are all above 1023. */
    static Optional<int[]> outsideEphemeral(Path portRange) {
        // read line by line: /proc files report a size of 0, and Files.readString read "3" of "32768 60999" from it
        try (BufferedReader reader = Files.newBufferedReader(portRange)) {
            String line = reader.readLine();
            String[] bounds = (line == null ? "" : line).trim().split("\\s+");
            int low = Integer.parseInt(bounds[0]);
            return low - 10_000 > 1023 ? Optional.of(new int[] {low - 10_000, low - 1}) : Optional.empty();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();   // not Linux, or no such file: any free port
        }
    }

    private static Socket bound(InetAddress address, int port) throws IOException {
        Socket socket = new Socket();
        try {
            // the server's closed connections wait in TIME_WAIT on this port; binding beside them needs this
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(address, port));
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }
}
