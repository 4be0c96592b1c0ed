package io.phonebench.bench.cli;

import io.phonebench.bench.lease.LeaseRecord;
import io.phonebench.bench.lease.LeaseStore;
import io.phonebench.bench.rig.LeaseSpec;
import io.phonebench.bench.rig.RigFile;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "leases", description = "Who holds which phone, since when, until when: the rig's lease store "
        + "(PostgreSQL from the rig file or $PHONEBENCH_LEASE_DB, else the local lease directory).")
final class LeasesCommand implements Callable<Integer> {
    @Option(names = "--rig", paramLabel = "FILE", description = "rig file whose lease store to read")
    Path rig;

    @Override
    public Integer call() {
        LeaseSpec spec = rig == null ? LeaseSpec.DIRECTORY : RigFile.load(rig).leases();
        try (LeaseStore store = LeaseStore.of(spec)) {
            List<LeaseRecord> records = store.holders();
            System.out.println(store.describe() + ": " + (records.isEmpty() ? "no leases" : records.size()
                    + " lease" + (records.size() == 1 ? "" : "s")));
            int width = records.stream().mapToInt(r -> r.resource().length()).max().orElse(0);
            for (LeaseRecord r : records) {
                System.out.printf("  %-" + width + "s  %-6s  %s  since %s  until %s%n", r.resource(),
                        store.stale(r) ? "stale" : "held", r.owner().describe(), r.start(), r.expiry());
            }
        }
        return ExitCode.OK;
    }
}
