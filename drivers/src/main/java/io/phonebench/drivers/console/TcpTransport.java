package io.phonebench.drivers.console;

import io.phonebench.drivers.BenchInfrastructureException;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;

/**
 * A console on a raw TCP port of a terminal server: the bytes are the serial line's, both ways, nothing added. The
 * server sets the line's baud rate itself. The socket's read timeout is the read slice, so a stalled server is
 * silence, not a hang; keep-alive notices a server that vanished without closing.
 */
final class TcpTransport implements ConsoleTransport {
    /** A terminal server on the lab network answers a SYN in milliseconds; this bounds a dead address. */
    static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(3);

    private final ConsoleAddress address;
    private final Socket socket;
    private final InputStream in;
    private final OutputStream out;

    private TcpTransport(ConsoleAddress address, Socket socket) throws IOException {
        this.address = address;
        this.socket = socket;
        this.in = socket.getInputStream();
        this.out = socket.getOutputStream();
    }

    static TcpTransport open(ConsoleAddress address) {
        Socket socket = connect(address);
        try {
            return new TcpTransport(address, socket);
        } catch (IOException e) {
            closeQuietly(socket);
            throw new BenchInfrastructureException("terminal server " + address + ": " + describe(e), e);
        }
    }

    /** A connected socket with no delay and keep-alive, or an exception naming the address. */
    static Socket connect(ConsoleAddress address) {
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);   // typed characters go out one by one, at once
            socket.setKeepAlive(true);
            socket.connect(new InetSocketAddress(address.host(), address.port()), (int) CONNECT_TIMEOUT.toMillis());
            if (selfConnected(socket.getLocalAddress(), socket.getLocalPort(), socket.getInetAddress(),
                    socket.getPort())) {
                throw new java.net.ConnectException("Connection refused (nothing listens; the socket met itself)");
            }
            return socket;
        } catch (IOException e) {
            closeQuietly(socket);
            throw new BenchInfrastructureException("terminal server " + address + ": connect failed: "
                    + describe(e) + "; hint: is the server up and this console's port enabled?", e);
        }
    }

    /**
     * A reconnect loop to a local port nobody listens on can meet itself: the kernel picks that very port as the
     * source and TCP's simultaneous open connects the socket to itself, which would then read back its own writes.
     */
    static boolean selfConnected(java.net.InetAddress localAddress, int localPort, java.net.InetAddress remoteAddress,
                                 int remotePort) {
        return localPort == remotePort && localAddress.equals(remoteAddress);
    }

    static String describe(IOException e) {
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage());
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // already failing; the first error is the one reported
        }
    }

    @Override
    public int read(byte[] buffer, Duration slice) {
        try {
            socket.setSoTimeout((int) Math.max(1, slice.toMillis()));
            int count = in.read(buffer);
            if (count < 0) {
                throw new BenchInfrastructureException("terminal server " + address + ": the server closed the"
                        + " connection");
            }
            return count;
        } catch (SocketTimeoutException e) {
            return 0;
        } catch (IOException e) {
            throw new BenchInfrastructureException("terminal server " + address + ": read failed: " + describe(e), e);
        }
    }

    @Override
    public void write(byte[] bytes) {
        try {
            out.write(bytes);
            out.flush();
        } catch (IOException e) {
            throw new BenchInfrastructureException("terminal server " + address + ": write of " + bytes.length
                    + " bytes failed: " + describe(e), e);
        }
    }

    @Override
    public void close() {
        closeQuietly(socket);
    }
}
