package io.phonebench.drivers.power;

import io.phonebench.drivers.BenchInfrastructureException;

import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;

/**
 * A Modbus TCP relay board (Waveshare, KMtronic, Robot Electronics and many more): relay N is coil N-1 of unit
 * {@code unit}. Two function codes of the Modbus Application Protocol Specification V1.1b3 are enough: 05 Write Single
 * Coil (FF00 on, 0000 off; the answer echoes the request) and 01 Read Coils (one coil, answered in one byte, bit 0),
 * each in an MBAP header (transaction id, protocol 0, length, unit). Every switch is read back.
 * <p>
 * Written by hand rather than with j2mod or digitalpetri's modbus: j2mod brings its own jSerialComm (which must stay
 * behind {@code SerialLink}) and digitalpetri brings Netty, both for two fixed 12-byte frames.
 */
public final class ModbusTcpRelay implements RelayBoard {
    static final int WRITE_SINGLE_COIL = 0x05;
    static final int READ_COILS = 0x01;
    private static final HexFormat HEX = HexFormat.ofDelimiter(" ").withUpperCase();

    private final String name;
    private final String host;
    private final int port;
    private final int unit;
    private final int channels;
    private final Duration timeout;
    private int transaction;

    public ModbusTcpRelay(String name, String host, int port, int unit, int channels, Duration timeout) {
        this.name = Objects.requireNonNull(name, "name");
        this.host = Objects.requireNonNull(host, "host");
        this.port = port;
        this.unit = unit;
        this.channels = channels;
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        if (unit < 0 || unit > 255 || channels < 1 || channels > 2000) {
            throw new IllegalArgumentException(describe() + ": expected unit 0..255 and 1..2000 channels");
        }
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int channelCount() {
        return channels;
    }

    @Override
    public synchronized void set(int channel, boolean energised) {
        channel(channel);
        byte[] pdu = {WRITE_SINGLE_COIL, (byte) ((channel - 1) >> 8), (byte) (channel - 1),
                (byte) (energised ? 0xFF : 0x00), 0x00};
        byte[] answer = exchange(pdu, channel);
        if (!Arrays.equals(pdu, answer)) {
            throw new BenchInfrastructureException(describe() + " channel " + channel + ": expected the echo "
                    + HEX.formatHex(pdu) + " to write single coil, saw " + HEX.formatHex(answer));
        }
        boolean now = read(channel);
        if (now != energised) {
            throw new BenchInfrastructureException(describe() + " channel " + channel + ": coil reads "
                    + (now ? "on" : "off") + " after writing it " + (energised ? "on" : "off"));
        }
    }

    @Override
    public synchronized Optional<Boolean> get(int channel) {
        channel(channel);
        return Optional.of(read(channel));
    }

    private boolean read(int channel) {
        byte[] pdu = {READ_COILS, (byte) ((channel - 1) >> 8), (byte) (channel - 1), 0x00, 0x01};
        byte[] answer = exchange(pdu, channel);
        if (answer.length != 3 || answer[0] != READ_COILS || answer[1] != 1 || (answer[2] & 0xFE) != 0) {
            throw new BenchInfrastructureException(describe() + " channel " + channel + ": expected 01 01 0x"
                    + " (read coils, one byte, bit 0) , saw " + HEX.formatHex(answer));
        }
        return answer[2] == 1;
    }

    /** One request on its own connection: a board that drops connections costs nothing on the next command. */
    private byte[] exchange(byte[] pdu, int channel) {
        int id = transaction = (transaction + 1) & 0xFFFF;
        ByteBuffer frame = ByteBuffer.allocate(7 + pdu.length);
        frame.putShort((short) id).putShort((short) 0).putShort((short) (pdu.length + 1)).put((byte) unit).put(pdu);
        String what = "function " + String.format("%02X", pdu[0]);
        try (Socket socket = new Socket()) {
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress(host, port), (int) timeout.toMillis());
            socket.setSoTimeout((int) timeout.toMillis());
            OutputStream out = socket.getOutputStream();
            out.write(frame.array());
            out.flush();
            DataInputStream in = new DataInputStream(socket.getInputStream());
            int answerId = in.readUnsignedShort();
            int protocol = in.readUnsignedShort();
            int length = in.readUnsignedShort();
            int answerUnit = in.readUnsignedByte();
            if (answerId != id || protocol != 0 || answerUnit != unit || length < 2 || length > 254) {
                throw new BenchInfrastructureException(describe() + " channel " + channel + ": " + what
                        + ": expected an MBAP header for transaction " + id + " unit " + unit + ", saw transaction "
                        + answerId + " protocol " + protocol + " length " + length + " unit " + answerUnit);
            }
            byte[] answer = new byte[length - 1];
            in.readFully(answer);
            if ((answer[0] & 0x80) != 0) {
                throw new BenchInfrastructureException(describe() + " channel " + channel + ": " + what
                        + ": Modbus exception " + (answer.length > 1 ? answer[1] & 0xFF : -1)
                        + " (2 = illegal data address: the board has no such coil)");
            }
            return answer;
        } catch (SocketTimeoutException e) {
            throw new BenchInfrastructureException(describe() + " channel " + channel + ": " + what
                    + ": no answer within " + timeout.toMillis() + " ms", e);
        } catch (EOFException e) {
            throw new BenchInfrastructureException(describe() + " channel " + channel + ": " + what
                    + ": the board closed the connection mid-answer", e);
        } catch (IOException e) {
            throw new BenchInfrastructureException(describe() + " channel " + channel + ": " + what + ": "
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : " " + e.getMessage()), e);
        }
    }

    @Override
    public String describe() {
        return "Modbus TCP relay board '" + name + "' (" + host + ":" + port + " unit " + unit + ")";
    }

    @Override
    public void close() {
        // one connection per command: nothing held open
    }
}
