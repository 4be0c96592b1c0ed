package io.phonebench.drivers.console;

import io.phonebench.drivers.BenchInfrastructureException;
import org.apache.commons.net.telnet.EchoOptionHandler;
import org.apache.commons.net.telnet.InvalidTelnetOptionException;
import org.apache.commons.net.telnet.SimpleOptionHandler;
import org.apache.commons.net.telnet.SuppressGAOptionHandler;
import org.apache.commons.net.telnet.TelnetClient;
import org.apache.commons.net.telnet.TelnetNotificationHandler;
import org.apache.commons.net.telnet.TelnetOption;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A console on a Telnet port of a terminal server that speaks RFC 2217, over Apache Commons Net's
 * {@link TelnetClient}: it negotiates BINARY both ways (so CR and NUL pass unchanged) and SUPPRESS-GO-AHEAD, escapes
 * and unescapes IAC, and {@link ComPortOption} sets the serial line to BAUD 8N1. The open fails, naming the server,
 * when the server refuses the option, confirms other settings, or does not answer within {@link #NEGOTIATION_TIMEOUT}.
 * <p>
 * Commons Net's input stream has no read timeout of its own, so a pump thread moves its bytes into a queue the
 * console reads with a deadline; end of stream is a marker in that queue.
 */
final class Rfc2217Transport implements ConsoleTransport {
    static final Duration NEGOTIATION_TIMEOUT = Duration.ofSeconds(3);
    private static final byte[] END = new byte[0];

    private final ConsoleAddress address;
    private final TelnetClient telnet;
    private final OutputStream out;
    private final BlockingQueue<byte[]> received = new LinkedBlockingQueue<>();
    private byte[] pending = END;
    private int pendingOffset;
    private volatile String endReason = "the server closed the connection";

    private Rfc2217Transport(ConsoleAddress address, TelnetClient telnet) {
        this.address = address;
        this.telnet = telnet;
        this.out = telnet.getOutputStream();
        Thread pump = new Thread(() -> pump(telnet.getInputStream()), "rfc2217-" + address.host() + ":"
                + address.port());
        pump.setDaemon(true);
        pump.start();
    }

    static Rfc2217Transport open(ConsoleAddress address) {
        TelnetClient telnet = new TelnetClient();
        ComPortOption comPort = new ComPortOption(address.baud());
        try {
            telnet.addOptionHandler(new SimpleOptionHandler(TelnetOption.BINARY, true, true, true, true));
            telnet.addOptionHandler(new SuppressGAOptionHandler(true, true, true, true));
            telnet.addOptionHandler(new EchoOptionHandler(false, false, false, true));
            telnet.addOptionHandler(comPort);
        } catch (InvalidTelnetOptionException | IOException e) {
            throw new IllegalStateException("Telnet option handlers could not be registered", e);
        }
        telnet.registerNotifHandler((type, option) -> {
            if (option == ComPortOption.OPTION && type == TelnetNotificationHandler.RECEIVED_DONT) {
                comPort.refused("the server refused COM-PORT-OPTION (DONT 44): RFC 2217 is off for this port");
            }
        });
        telnet.setConnectTimeout((int) TcpTransport.CONNECT_TIMEOUT.toMillis());
        try {
            telnet.connect(address.host(), address.port());
            if (TcpTransport.selfConnected(telnet.getLocalAddress(), telnet.getLocalPort(), telnet.getRemoteAddress(),
                    telnet.getRemotePort())) {
                throw new java.net.ConnectException("Connection refused (nothing listens; the socket met itself)");
            }
            telnet.setTcpNoDelay(true);
            telnet.setKeepAlive(true);
        } catch (IOException e) {
            disconnect(telnet);
            throw new BenchInfrastructureException("terminal server " + address + ": connect failed: "
                    + TcpTransport.describe(e) + "; hint: is the server up and this console's port enabled?", e);
        }
        Rfc2217Transport transport = new Rfc2217Transport(address, telnet);
        List<String> problems;
        try {
            problems = comPort.awaitDone(System.nanoTime() + NEGOTIATION_TIMEOUT.toNanos());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problems = List.of("interrupted during negotiation");
        }
        if (!problems.isEmpty()) {
            transport.close();
            throw new BenchInfrastructureException("terminal server " + address + ": RFC 2217 set-up of "
                    + address.baud() + " 8N1 failed: " + String.join("; ", problems));
        }
        return transport;
    }

    private void pump(InputStream in) {
        byte[] buffer = new byte[1024];
        try {
            int count;
            while ((count = in.read(buffer)) >= 0) {
                if (count > 0) {
                    received.add(Arrays.copyOf(buffer, count));
                }
            }
        } catch (IOException e) {
            endReason = "read failed: " + TcpTransport.describe(e);
        }
        received.add(END);
    }

    @Override
    public synchronized int read(byte[] buffer, Duration slice) {
        if (pendingOffset >= pending.length) {
            byte[] next;
            try {
                next = received.poll(slice.toNanos(), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 0;
            }
            if (next == null) {
                return 0;
            }
            if (next == END) {
                received.add(END);   // every later read sees the end too
                throw new BenchInfrastructureException("terminal server " + address + ": " + endReason);
            }
            pending = next;
            pendingOffset = 0;
        }
        int count = Math.min(buffer.length, pending.length - pendingOffset);
        System.arraycopy(pending, pendingOffset, buffer, 0, count);
        pendingOffset += count;
        return count;
    }

    @Override
    public void write(byte[] bytes) {
        try {
            out.write(bytes);   // Commons Net doubles IAC (0xFF) on the way out
            out.flush();
        } catch (IOException e) {
            throw new BenchInfrastructureException("terminal server " + address + ": write of " + bytes.length
                    + " bytes failed: " + TcpTransport.describe(e), e);
        }
    }

    @Override
    public void close() {
        disconnect(telnet);
    }

    private static void disconnect(TelnetClient telnet) {
        try {
            telnet.disconnect();
        } catch (IOException | RuntimeException ignored) {
            // closing a connection that already failed; the first error is the one reported
        }
    }
}
