package io.phonebench.emulator.network;

import io.phonebench.emulator.serial.ChannelListener;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A Modbus TCP relay board on loopback, from the Modbus Application Protocol Specification V1.1b3: function 05 Write
 * Single Coil (value FF00 or 0000, answered with an echo) and 01 Read Coils, coil N-1 = relay N of unit {@code unit};
 * another function is exception 01, another coil exception 02, another value exception 03, another unit no answer.
 * Every request frame is kept in hex for tests. Faults: {@link #mute} (reads, never answers), {@link #dropMidAnswer}
 * (closes after half an answer), {@link #wrongTransaction} (answers with another transaction id).
 */
public final class SimulatedModbusRelay implements AutoCloseable {
    private static final HexFormat HEX = HexFormat.ofDelimiter(" ").withUpperCase();

    private final int unit;
    private final boolean[] coils;
    private final ChannelListener listener;
    private final ServerSocket listenerSocket;
    private final List<String> frames = new CopyOnWriteArrayList<>();
    private volatile boolean mute;
    private volatile boolean drop;
    private volatile boolean wrongId;

    private SimulatedModbusRelay(int unit, int channels, ChannelListener listener, InetAddress bind)
            throws IOException {
        this.unit = unit;
        this.coils = new boolean[channels];
        this.listener = listener;
        this.listenerSocket = new ServerSocket();
        listenerSocket.bind(new InetSocketAddress(bind, 0));
        Thread acceptor = new Thread(this::acceptLoop, "modbus-twin");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public static SimulatedModbusRelay start(int unit, int channels, InetAddress bind, ChannelListener listener) {
        try {
            return new SimulatedModbusRelay(unit, channels, listener, bind);
        } catch (IOException e) {
            throw new UncheckedIOException("simulated Modbus relay: could not listen on " + bind, e);
        }
    }

    public int port() {
        return listenerSocket.getLocalPort();
    }

    /** Every request frame received, MBAP header included, e.g. {@code 00 01 00 00 00 06 01 05 00 02 FF 00}. */
    public List<String> frames() {
        return List.copyOf(frames);
    }

    public void mute(boolean mute) {
        this.mute = mute;
    }

    public void dropMidAnswer(boolean drop) {
        this.drop = drop;
    }

    public void wrongTransaction(boolean wrong) {
        this.wrongId = wrong;
    }

    private void acceptLoop() {
        while (!listenerSocket.isClosed()) {
            try {
                Socket socket = listenerSocket.accept();
                Thread connection = new Thread(() -> serve(socket), "modbus-twin-connection");
                connection.setDaemon(true);
                connection.start();
            } catch (IOException e) {
                return;
            }
        }
    }

    private void serve(Socket socket) {
        try (socket) {
            DataInputStream in = new DataInputStream(socket.getInputStream());
            while (true) {
                byte[] header = new byte[7];
                in.readFully(header);
                int length = ((header[4] & 0xFF) << 8) | (header[5] & 0xFF);
                byte[] pdu = new byte[Math.max(0, length - 1)];
                in.readFully(pdu);
                frames.add(HEX.formatHex(header) + " " + HEX.formatHex(pdu));
                if (mute || (header[6] & 0xFF) != unit) {
                    continue;   // a real gateway does not answer for a unit it does not have
                }
                byte[] answer = answer(pdu);
                ByteBuffer frame = ByteBuffer.allocate(7 + answer.length);
                int id = ((header[0] & 0xFF) << 8) | (header[1] & 0xFF);
                frame.putShort((short) (wrongId ? id + 1 : id)).putShort((short) 0)
                        .putShort((short) (answer.length + 1)).put(header[6]).put(answer);
                byte[] bytes = frame.array();
                socket.getOutputStream().write(bytes, 0, drop ? bytes.length / 2 : bytes.length);
                socket.getOutputStream().flush();
                if (drop) {
                    return;
                }
            }
        } catch (IOException e) {
            // the client closed the connection: one request per connection is normal
        }
    }

    private synchronized byte[] answer(byte[] pdu) {
        int function = pdu.length > 0 ? pdu[0] & 0xFF : -1;
        if (pdu.length != 5 || (function != 0x05 && function != 0x01)) {
            return new byte[] {(byte) (function | 0x80), 0x01};
        }
        int address = ((pdu[1] & 0xFF) << 8) | (pdu[2] & 0xFF);
        int value = ((pdu[3] & 0xFF) << 8) | (pdu[4] & 0xFF);
        if (address >= coils.length) {
            return new byte[] {(byte) (function | 0x80), 0x02};
        }
        if (function == 0x05) {
            if (value != 0xFF00 && value != 0x0000) {
                return new byte[] {(byte) 0x85, 0x03};
            }
            boolean on = value == 0xFF00;
            if (coils[address] != on) {
                coils[address] = on;
                listener.changed(address + 1, on);
            }
            return pdu.clone();
        }
        if (value != 1) {
            return new byte[] {(byte) 0x81, 0x03};   // this board answers one coil at a time
        }
        return new byte[] {0x01, 0x01, (byte) (coils[address] ? 1 : 0)};
    }

    @Override
    public void close() {
        try {
            listenerSocket.close();
        } catch (IOException e) {
            // already closed
        }
    }
}
