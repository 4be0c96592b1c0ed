package io.phonebench.emulator.rtp;

import java.io.IOException;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;

/** The network interface multicast goes through for a phone's address; 127/8 addresses use the loopback interface. */
final class MulticastInterface {
    private MulticastInterface() {
    }

    static NetworkInterface of(InetAddress address) throws IOException {
        NetworkInterface nif = NetworkInterface.getByInetAddress(address);
        if (nif == null && address.isLoopbackAddress()) {
            // 127.x.y.z other than 127.0.0.1 is routed to lo without being assigned to it
            nif = NetworkInterface.getByInetAddress(InetAddress.getLoopbackAddress());
        }
        if (nif == null) {
            throw new SocketException("expected a network interface holding " + address.getHostAddress()
                    + " for multicast but found none");
        }
        return nif;
    }
}
