package io.phonebench.emulator.rtp;

import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Who holds a UDP port on this host, as Linux lists its sockets in /proc/net/udp and udp6, for the message of a bind
 * that failed. Read by hand: no library reads these tables, and they are two fixed-format text files. Elsewhere, or
 * when unreadable, it says nothing.
 */
final class UdpPortHolders {
    private UdpPortHolders() {
    }

    /** E.g. "sockets bound to port 24680: 127.0.5.8 (inode 91422)", or empty when the tables cannot tell. */
    static String describe(int port) {
        List<String> holders = new ArrayList<>();
        String wanted = String.format(Locale.ROOT, ":%04X", port);
        for (String table : List.of("/proc/net/udp", "/proc/net/udp6")) {
            try {
                for (String line : Files.readAllLines(Path.of(table))) {
                    String[] f = line.trim().split("\\s+");
                    // sl local_address rem_address st tx:rx tr:when retrnsmt uid timeout inode
                    if (f.length > 9 && f[1].endsWith(wanted)) {
                        holders.add(address(f[1].substring(0, f[1].indexOf(':'))) + " (inode " + f[9] + ")");
                    }
                }
            } catch (IOException | RuntimeException e) {
                // not Linux, or not readable here: the message goes without
            }
        }
        return holders.isEmpty() ? "" : "sockets bound to port " + port + ": " + String.join(", ", holders);
    }

    /** The table's hex address: IPv4 as one little-endian word, IPv6 as four. */
    private static String address(String hex) {
        byte[] bytes = new byte[hex.length() / 2];
        for (int word = 0; word < bytes.length / 4; word++) {
            for (int b = 0; b < 4; b++) {
                int at = word * 8 + (3 - b) * 2;
                bytes[word * 4 + b] = (byte) Integer.parseInt(hex.substring(at, at + 2), 16);
            }
        }
        try {
            return InetAddress.getByAddress(bytes).getHostAddress();
        } catch (IOException e) {
            return hex;
        }
    }
}
