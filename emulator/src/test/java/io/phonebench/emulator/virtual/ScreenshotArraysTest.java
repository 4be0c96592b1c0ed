package io.phonebench.emulator.virtual;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.phonebench.emulator.catalog.PhoneCatalog;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Screenshots are written into arrays that every virtual phone of the JVM shares, each handed back once its answer
 * has left: phones answering at once never see each other's screen.
 */
class ScreenshotArraysTest {
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    @Test
    void anArrayHandedBackIsLentAgainForItsLengthOnly() {
        ScreenshotArrays arrays = new ScreenshotArrays();
        byte[] first = arrays.take(100);
        assertEquals(100, first.length);

        arrays.give(first);

        assertNotSame(first, arrays.take(101), "another length gets an array of its own");
        assertSame(first, arrays.take(100));
        assertNotSame(first, arrays.take(100), "lent to one answer at a time");
    }

    @Test
    void keepsABoundedNumberOfFreeArrays() {
        ScreenshotArrays arrays = new ScreenshotArrays();
        List<byte[]> given = new ArrayList<>();
        for (int i = 0; i <= ScreenshotArrays.KEPT; i++) {
            given.add(new byte[8]);
        }
        given.forEach(arrays::give);

        for (int i = 0; i < ScreenshotArrays.KEPT; i++) {
            assertSame(given.get(i), arrays.take(8));
        }
        assertFalse(given.contains(arrays.take(8)), "one more than kept was dropped");
    }

    @Test
    void phonesAnsweringScreenshotsAtOnceEachSendTheirOwnScreen() throws Exception {
        List<VirtualPhone> phones = new ArrayList<>();
        List<BenchSideClient> benches = new ArrayList<>();
        ExecutorService takers = Executors.newFixedThreadPool(4);
        try {
            for (String address : List.of("127.0.1.92", "127.0.1.93")) {
                VirtualPhone phone = VirtualPhone.builder(PhoneCatalog.standard().model("CP-7970G")).address(address)
                        .credentials("bench", "s3cret").bootTime(Duration.ZERO).build();
                phones.add(phone);
                phone.start();
                phone.awaitReady(PATIENCE);
                BenchSideClient bench = new BenchSideClient(phone);
                benches.add(bench);
                String text = "x".repeat(phones.size() * 9);
                bench.push("<CiscoIPPhoneText><Title>Phone " + address + "</Title><Text>" + text
                        + "</Text></CiscoIPPhoneText>", "bench", "s3cret");
            }
            byte[][] screens = {screenshot(benches.get(0)), screenshot(benches.get(1))};
            assertFalse(Arrays.equals(screens[0], screens[1]), "the two phones show different texts");

            List<Future<?>> taken = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int phone = i % 2;
                taken.add(takers.submit(() -> {
                    assertArrayEquals(screens[phone], screenshot(benches.get(phone)), "phone " + phone);
                    return null;
                }));
            }
            for (Future<?> t : taken) {
                t.get(PATIENCE.toMillis(), TimeUnit.MILLISECONDS);
            }
        } finally {
            takers.shutdownNow();
            for (BenchSideClient bench : benches) {
                bench.close();
            }
            phones.forEach(VirtualPhone::close);
        }
    }

    private static byte[] screenshot(BenchSideClient bench) throws Exception {
        BenchSideClient.Answer answer = bench.get("/CGI/Screenshot", "bench", "s3cret");
        assertEquals(200, answer.status());
        return answer.body();
    }
}
