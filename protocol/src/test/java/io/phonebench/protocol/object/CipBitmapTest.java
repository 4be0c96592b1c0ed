package io.phonebench.protocol.object;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The CIP packing of docs/xml-object-reference.md §2.5. */
class CipBitmapTest {

    @Test
    void packsCiscosExampleToTwoD() {
        CipBitmap b = CipBitmap.pack(4, 1, 2, new int[] {1, 3, 2, 0});

        assertEquals(new CipBitmap(4, 1, 2, "2D"), b);
    }

    @Test
    void unpacksCiscosExampleBackToItsPixels() {
        assertArrayEquals(new int[] {1, 3, 2, 0}, new CipBitmap(4, 1, 2, "2d").pixels());
    }

    @Test
    void padsTheTailWithZeroPixels() {
        CipBitmap b = CipBitmap.pack(5, 1, 2, new int[] {3, 3, 3, 3, 3});

        assertEquals("FF03", b.data());
        assertArrayEquals(new int[] {3, 3, 3, 3, 3}, b.pixels());
    }

    @Test
    void packsEightBlackAndWhitePixelsPerByte() {
        CipBitmap b = CipBitmap.pack(9, 1, 1, new int[] {1, 0, 0, 0, 0, 0, 0, 1, 1});

        assertEquals("8101", b.data());
        assertEquals(4, b.expectedHexDigits());
    }

    @Test
    void refusesPixelValueDeeperThanTheDepth() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> CipBitmap.pack(2, 1, 1, new int[] {0, 2}));

        assertEquals("pixel 1 is 2: expected 0..1", e.getMessage());
    }

    @Test
    void dataOfTheWrongLengthDoesNotMatchItsGeometry() {
        assertTrue(new CipBitmap(133, 65, 2, "00".repeat(CipBitmap.expectedBytes(133, 65, 2))).dataMatchesGeometry());
        assertFalse(new CipBitmap(133, 65, 2, "00").dataMatchesGeometry());
        assertFalse(new CipBitmap(4, 1, 2, "ZZ").dataMatchesGeometry());
    }
}
