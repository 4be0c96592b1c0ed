package io.phonebench.protocol.rtp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RtpPacketTest {

    @Test
    void encodesTheFixedHeaderInNetworkOrder() {
        RtpPacket packet = RtpPacket.of(true, 0, 0x1234, 0xdeadbeefL, 0xcafebabeL, new byte[] {1, 2});

        assertEquals("80 80 1234 deadbeef cafebabe 0102".replace(" ", ""),
                HexFormat.of().formatHex(packet.encode()));
    }

    @Test
    void decodesWhatItEncodesWithCsrcsExtensionAndPadding() {
        RtpPacket packet = new RtpPacket(4, false, 8, 65535, 4294967295L, 1L, List.of(7L, 0xffffffffL),
                Optional.of(new RtpPacket.Extension(0xbede, new byte[] {9, 9, 9, 9})), new byte[160]);

        byte[] wire = packet.encode();

        assertEquals(12 + 8 + 8 + 160 + 4, wire.length);
        assertEquals(packet, RtpPacket.decode(wire));
        assertEquals(160, RtpWire.payloadLength(wire, 0, wire.length));
    }

    @Test
    void readsHeaderFieldsInPlaceAtAnOffset() {
        byte[] buf = new byte[40];
        int header = RtpWire.writeHeader(buf, 5, false, 0, 40000, 3000000000L, 0x80000001L);

        assertEquals(12, header);
        assertEquals(40000, RtpWire.sequence(buf, 5));
        assertEquals(3000000000L, RtpWire.timestamp(buf, 5));
        assertEquals(0x80000001L, RtpWire.ssrc(buf, 5));
        assertEquals(0, RtpWire.payloadType(buf, 5));
        assertEquals(23, RtpWire.payloadLength(buf, 5, 35));
    }

    @Test
    void refusesAVersionOtherThanTwo() {
        byte[] wire = RtpPacket.of(false, 0, 1, 1, 1, new byte[4]).encode();
        wire[0] = (byte) 0x40;

        RtpFormatException e = assertThrows(RtpFormatException.class, () -> RtpPacket.decode(wire));
        assertEquals("expected RTP version 2 but found version 1", e.getMessage());
    }

    @Test
    void refusesACsrcListLongerThanTheDatagram() {
        byte[] wire = RtpPacket.of(false, 0, 1, 1, 1, new byte[4]).encode();
        wire[0] |= 0x03;

        RtpFormatException e = assertThrows(RtpFormatException.class, () -> RtpPacket.decode(wire));
        assertTrue(e.getMessage().contains("CSRC count 3 needs 24 header bytes but the datagram has 16"),
                e.getMessage());
    }

    @Test
    void refusesAPaddingCountBeyondThePayload() {
        byte[] wire = RtpPacket.of(false, 0, 1, 1, 1, new byte[] {0, 0, 0, 9}).encode();
        wire[0] |= 0x20;

        RtpFormatException e = assertThrows(RtpFormatException.class, () -> RtpPacket.decode(wire));
        assertTrue(e.getMessage().contains("padding count 1-4 in the last octet but found 9"), e.getMessage());
    }

    @Test
    void refusesADatagramShorterThanTheFixedHeader() {
        assertThrows(RtpFormatException.class, () -> RtpPacket.decode(new byte[11]));
    }

    @Test
    void refusesOutOfRangeFieldsWhenBuilt() {
        RtpFormatException e = assertThrows(RtpFormatException.class,
                () -> RtpPacket.of(false, 128, 0, 0, 0, new byte[0]));
        assertEquals("expected payload type 0-127 but found 128", e.getMessage());
        assertThrows(RtpFormatException.class, () -> RtpPacket.of(false, 0, 65536, 0, 0, new byte[0]));
    }

    @Test
    void keepsItsPayloadApartFromTheCallersArray() {
        byte[] payload = {1, 2, 3};
        RtpPacket packet = RtpPacket.of(false, 0, 1, 1, 1, payload);
        payload[0] = 9;

        assertArrayEquals(new byte[] {1, 2, 3}, packet.payload());
    }
}
