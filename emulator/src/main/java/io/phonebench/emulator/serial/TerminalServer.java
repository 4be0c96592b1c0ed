package io.phonebench.emulator.serial;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A terminal server's twin, as ser2net or a Moxa NPort: one TCP port on loopback in front of one serial device (the
 * bench end of a {@link PseudoTerminalPair} whose device end a {@link SimulatedConsole} holds). In {@link Mode#RAW}
 * bytes pass unchanged; in {@link Mode#RFC2217} it is a Telnet server: it agrees to BINARY, SUPPRESS-GO-AHEAD and
 * COM-PORT-OPTION (option 44), refuses everything else, doubles IAC towards the client and undoubles it from the
 * client, and answers each COM-PORT-OPTION command with the command + 100 and the value set (RFC 2217 section
 * "Com Port Configuration Commands"). Every COM-PORT-OPTION subnegotiation received is kept, byte for byte, for tests.
 * <p>
 * Faults for tests: {@link #refuseConnections()} (connection refused), {@link #goSilent} (accepts, never sends),
 * {@link #dropClient()} (the connection breaks mid-session; the next connect works), {@link #confirmBaud} (a wrong
 * answer to SET-BAUDRATE), {@link #refuseComPortOption} (DONT 44).
 */
public final class TerminalServer implements AutoCloseable {

    public enum Mode { RAW, RFC2217 }

    static final int IAC = 255;
    static final int DONT = 254;
    static final int DO = 253;
    static final int WONT = 252;
    static final int WILL = 251;
    static final int SB = 250;
    static final int SE = 240;
    static final int BINARY = 0;
    static final int SUPPRESS_GO_AHEAD = 3;
    static final int COM_PORT_OPTION = 44;
    private static final Set<Integer> AGREED = Set.of(BINARY, SUPPRESS_GO_AHEAD, COM_PORT_OPTION);

    private final String name;
    private final Mode mode;
    private final DevicePort device;
    private final ServerSocket listener;
    /** After {@link #refuseConnections()}: a bound, not listening socket on the old port. */
    private Socket reserved;
    private final List<byte[]> comPortCommands = new CopyOnWriteArrayList<>();
    private final Thread acceptor;
    private final Thread deviceReader;
    private volatile Socket client;
    private volatile boolean running = true;
    private volatile boolean silent;
    private volatile boolean refuseComPort;
    private volatile int confirmedBaud;   // 0: confirm what was asked
    private final java.util.concurrent.atomic.AtomicInteger acceptedCount = new java.util.concurrent.atomic.AtomicInteger();

    private TerminalServer(String name, Mode mode, DevicePort device, ServerSocket listener) {
        this.name = name;
        this.mode = mode;
        this.device = device;
        this.listener = listener;
        this.acceptor = new Thread(this::acceptLoop, "terminal-server-" + name);
        this.deviceReader = new Thread(this::deviceLoop, "terminal-server-device-" + name);
        acceptor.setDaemon(true);
        deviceReader.setDaemon(true);
    }

    /** Serves {@code serialDevice} on {@code bind}, any free port. */
    public static TerminalServer start(String name, Mode mode, Path serialDevice, InetAddress bind) {
        Objects.requireNonNull(mode, "mode");
        DevicePort device = DevicePort.open(serialDevice);
        try {
            ServerSocket listener = new ServerSocket();
            listener.bind(new InetSocketAddress(bind, 0));
            TerminalServer server = new TerminalServer(name, mode, device, listener);
            server.acceptor.start();
            server.deviceReader.start();
            return server;
        } catch (IOException e) {
            device.close();
            throw new IllegalStateException("terminal server " + name + ": could not listen on " + bind, e);
        }
    }

    /** {@code tcp://127.0.0.1:PORT} or {@code rfc2217://127.0.0.1:PORT}, as a rig file writes it. */
    public String url() {
        return (mode == Mode.RAW ? "tcp://" : "rfc2217://") + listener.getInetAddress().getHostAddress() + ":"
                + listener.getLocalPort();
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** Every COM-PORT-OPTION subnegotiation the client sent, without IAC SB / IAC SE, e.g. {@code 2C 01 00 01 C2 00}. */
    public List<byte[]> comPortCommands() {
        return List.copyOf(comPortCommands);
    }

    /** Connections accepted so far. */
    public int connections() {
        return acceptedCount.get();
    }

    public boolean hasClient() {
        Socket current = client;
        return current != null && !current.isClosed();
    }

    /** A silent server accepts and reads, but nothing the console prints reaches the client. */
    public void goSilent(boolean silent) {
        this.silent = silent;
    }

    /** Answers SET-BAUDRATE with {@code baud} whatever was asked, as a server whose port is locked. */
    public void confirmBaud(int baud) {
        this.confirmedBaud = baud;
    }

    public void refuseComPortOption(boolean refuse) {
        this.refuseComPort = refuse;
    }

    /** The connection breaks: the client sees end of stream; a new connection is accepted as before. */
    public void dropClient() {
        closeQuietly(client);
    }

    /** The listening port closes: every new connection is refused. */
    public void refuseConnections() {
        running = false;
        closeQuietly(listener);
        try {
            acceptor.join(1000);   // the listening socket is gone for good only once its accept has returned
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        reservePort();
        dropClient();
    }

    /**
     * Keeps the closed port's number bound (not listening), so a reconnect to it is refused every time: neither
     * another test's server nor the connecting socket itself (TCP simultaneous open to a free local port) can take it.
     */
    private synchronized void reservePort() {
        if (reserved != null) {
            return;
        }
        Socket blocker = new Socket();
        try {
            blocker.setReuseAddress(true);
            blocker.bind(listener.getLocalSocketAddress());   // a closed socket still names where it was bound
            reserved = blocker;
        } catch (IOException e) {
            closeQuietly(blocker);   // best effort: the port stays closed, only less surely
        }
    }

    private void acceptLoop() {
        while (running) {
            try {
                Socket accepted = listener.accept();
                accepted.setTcpNoDelay(true);
                acceptedCount.incrementAndGet();
                closeQuietly(client);   // a terminal server gives the port to the newest client (ser2net kickolduser)
                client = accepted;
                Thread reader = new Thread(() -> clientLoop(accepted), "terminal-server-client-" + name);
                reader.setDaemon(true);
                reader.start();
            } catch (IOException e) {
                return;   // closed
            }
        }
    }

    private void clientLoop(Socket socket) {
        TelnetParser parser = new TelnetParser(socket);
        try (InputStream in = socket.getInputStream()) {
            byte[] buffer = new byte[512];
            int count;
            while ((count = in.read(buffer)) >= 0) {
                if (mode == Mode.RAW) {
                    device.write(java.util.Arrays.copyOf(buffer, count));
                } else {
                    parser.feed(buffer, count);
                }
            }
        } catch (IOException e) {
            // the client went away or was dropped
        } finally {
            closeQuietly(socket);
        }
    }

    private void deviceLoop() {
        byte[] buffer = new byte[512];
        while (running) {
            int count = device.read(buffer);
            if (count < 0) {
                return;
            }
            Socket current = client;
            if (count == 0 || silent || current == null) {
                continue;
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(count + 8);
            for (int i = 0; i < count; i++) {
                out.write(buffer[i]);
                if (mode == Mode.RFC2217 && (buffer[i] & 0xFF) == IAC) {
                    out.write(IAC);
                }
            }
            send(current, out.toByteArray());
        }
    }

    private static void send(Socket socket, byte[] bytes) {
        try {
            OutputStream out = socket.getOutputStream();
            synchronized (socket) {
                out.write(bytes);
                out.flush();
            }
        } catch (IOException e) {
            closeQuietly(socket);
        }
    }

    /** The Telnet side of one client: data to the device, negotiation and COM-PORT-OPTION answered. */
    private final class TelnetParser {
        private final Socket socket;
        private final Set<Integer> agreedLocal = new HashSet<>();
        private final Set<Integer> agreedRemote = new HashSet<>();
        private final List<Integer> sub = new ArrayList<>();
        private int state;   // 0 data, 1 IAC, 2 WILL/WONT/DO/DONT (verb in pendingVerb), 3 SB, 4 IAC in SB
        private int pendingVerb;

        TelnetParser(Socket socket) {
            this.socket = socket;
        }

        void feed(byte[] buffer, int count) {
            ByteArrayOutputStream data = new ByteArrayOutputStream(count);
            for (int i = 0; i < count; i++) {
                int b = buffer[i] & 0xFF;
                switch (state) {
                    case 0 -> {
                        if (b == IAC) {
                            state = 1;
                        } else {
                            data.write(b);
                        }
                    }
                    case 1 -> {
                        if (b == IAC) {
                            data.write(IAC);
                            state = 0;
                        } else if (b >= WILL && b <= DONT) {
                            pendingVerb = b;
                            state = 2;
                        } else if (b == SB) {
                            sub.clear();
                            state = 3;
                        } else {
                            state = 0;   // NOP, AYT, GA...: nothing a serial line needs
                        }
                    }
                    case 2 -> {
                        negotiate(pendingVerb, b);
                        state = 0;
                    }
                    case 3 -> {
                        if (b == IAC) {
                            state = 4;
                        } else {
                            sub.add(b);
                        }
                    }
                    default -> {
                        if (b == SE) {
                            subnegotiation();
                            state = 0;
                        } else {
                            sub.add(b);   // IAC IAC inside SB is one 0xFF
                            state = 3;
                        }
                    }
                }
            }
            if (data.size() > 0) {
                device.write(data.toByteArray());
            }
        }

        private void negotiate(int verb, int option) {
            boolean agree = AGREED.contains(option) && !(option == COM_PORT_OPTION && refuseComPort);
            if (verb == WILL && agreedRemote.add(option)) {
                reply(agree ? DO : DONT, option);
                if (!agree) {
                    agreedRemote.remove(option);
                }
            } else if (verb == DO && agreedLocal.add(option)) {
                reply(agree && option != COM_PORT_OPTION ? WILL : WONT, option);
                if (!agree || option == COM_PORT_OPTION) {
                    agreedLocal.remove(option);
                }
            } else if (verb == WONT) {
                agreedRemote.remove(option);
            } else if (verb == DONT) {
                agreedLocal.remove(option);
            }
        }

        private void subnegotiation() {
            if (sub.size() < 2 || sub.get(0) != COM_PORT_OPTION) {
                return;
            }
            byte[] raw = new byte[sub.size()];
            for (int i = 0; i < raw.length; i++) {
                raw[i] = (byte) (int) sub.get(i);
            }
            comPortCommands.add(raw);
            int command = sub.get(1);
            List<Integer> value = new ArrayList<>(sub.subList(2, sub.size()));
            if (command == 1 && confirmedBaud != 0) {
                value = List.of((confirmedBaud >>> 24) & 0xFF, (confirmedBaud >>> 16) & 0xFF,
                        (confirmedBaud >>> 8) & 0xFF, confirmedBaud & 0xFF);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            out.write(IAC);
            out.write(SB);
            out.write(COM_PORT_OPTION);
            out.write(command + 100);
            for (int v : value) {
                out.write(v);
                if (v == IAC) {
                    out.write(IAC);
                }
            }
            out.write(IAC);
            out.write(SE);
            send(socket, out.toByteArray());
        }

        private void reply(int verb, int option) {
            send(socket, new byte[] {(byte) IAC, (byte) verb, (byte) option});
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        if (closeable == null) {
            return;
        }
        try {
            closeable.close();
        } catch (Exception ignored) {
            // already closed
        }
    }

    @Override
    public void close() {
        refuseConnections();
        synchronized (this) {
            if (reserved != null) {
                closeQuietly(reserved);
            }
        }
        try {
            deviceReader.join(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        device.close();
    }

    @Override
    public String toString() {
        return "TerminalServer[" + name + " " + url() + "]";
    }
}
