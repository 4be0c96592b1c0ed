package io.phonebench.bench.benchmark;

import io.phonebench.drivers.phone.PhoneAddress;
import io.phonebench.drivers.phone.PhoneClient;
import io.phonebench.drivers.phone.PhoneClientSettings;
import io.phonebench.emulator.catalog.PhoneCatalog;
import io.phonebench.emulator.catalog.PhoneModel;
import io.phonebench.emulator.clock.ManualPhoneClock;
import io.phonebench.emulator.virtual.FirmwareProfile;
import io.phonebench.emulator.virtual.VirtualPhone;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Virtual CP-7970Gs on their own loopback addresses {@code 127.BLOCK.x.y}, each with a bench-side {@link PhoneClient}.
 * Phones whose firmware boots for real time (realistic-timing: 45 s) share a manual clock that is wound past the boot
 * at once, because only their per-request latencies are measured; the others boot at once on their own wall clock,
 * as a rig runs them.
 */
final class VirtualPhoneFleet implements AutoCloseable {
    static final String USER = "bench";
    private static final String PASSWORD = "benchmark-only";
    private static final int PER_SUBNET = 250;
    private static final Duration READY = Duration.ofSeconds(10);

    private final int block;
    private final FirmwareProfile profile;
    private final PhoneModel model = PhoneCatalog.standard().model("CP-7970G");
    private final ManualPhoneClock bootClock;
    private final List<VirtualPhone> phones = new ArrayList<>();
    private final List<PhoneClient> clients = new ArrayList<>();

    /** @param block second octet of the addresses, so concurrent benchmarks never share an address */
    VirtualPhoneFleet(int block, FirmwareProfile profile) {
        if (block < 1 || block > 254) {
            throw new IllegalArgumentException("fleet address block: expected 1..254, saw " + block);
        }
        this.block = block;
        this.profile = profile;
        boolean slowBoot = profile.bootTime(Duration.ZERO).compareTo(Duration.ofSeconds(1)) > 0;
        this.bootClock = slowBoot ? new ManualPhoneClock() : null;
    }

    PhoneModel model() {
        return model;
    }

    int size() {
        return phones.size();
    }

    /** Builds, powers and waits for phones until there are {@code count}; clients come with them. */
    void growTo(int count) {
        if (count > PER_SUBNET * 255) {
            throw new IllegalArgumentException("fleet: at most " + PER_SUBNET * 255 + " phones, asked for " + count);
        }
        int first = phones.size();
        for (int i = first; i < count; i++) {
            VirtualPhone.Builder builder = VirtualPhone.builder(model).address(address(i)).port(0)
                    .credentials(USER, PASSWORD).profile(profile).bootTime(Duration.ZERO);
            if (bootClock != null) {
                builder.clock(bootClock);
            }
            VirtualPhone phone = builder.build();
            phones.add(phone);
            phone.powerOn();
        }
        if (bootClock != null) {
            bootClock.advance(profile.bootTime(Duration.ZERO));
        }
        for (int i = first; i < count; i++) {
            phones.get(i).awaitReady(READY);
        }
        openClients();
    }

    /** The bench side of phone {@code i}. */
    PhoneClient client(int i) {
        return clients.get(i);
    }

    VirtualPhone phone(int i) {
        return phones.get(i);
    }

    PhoneAddress address(VirtualPhone phone) {
        return new PhoneAddress(phone.uri().getHost(), phone.uri().getPort(), USER, PASSWORD);
    }

    /** Opens a client for every phone that has none. */
    void openClients() {
        for (int i = clients.size(); i < phones.size(); i++) {
            clients.add(new PhoneClient(address(phones.get(i)), model.pushLimitBytes(),
                    PhoneClientSettings.defaults()));
        }
    }

    /** Closes the bench side only, so the heap left in use is the phones'. */
    void closeClients() {
        clients.forEach(PhoneClient::close);
        clients.clear();
    }

    private String address(int i) {
        return "127." + block + "." + (i / PER_SUBNET) + "." + (i % PER_SUBNET + 1);
    }

    @Override
    public void close() {
        closeClients();
        // Power off all first (each closes its server at once), then release clocks.
        phones.forEach(VirtualPhone::powerOff);
        phones.forEach(VirtualPhone::close);
        phones.clear();
    }
}
