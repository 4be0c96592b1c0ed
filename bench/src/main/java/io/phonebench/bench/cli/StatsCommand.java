package io.phonebench.bench.cli;

import io.phonebench.bench.rig.RigConfigurationException;
import io.phonebench.drivers.phone.NoSuchPageException;
import io.phonebench.drivers.phone.PhoneClient;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "stats", description = "Print a phone's StreamingStatisticsX for one RTP stream slot.")
final class StatsCommand implements Callable<Integer> {
    @Mixin
    PhoneOptions phone;

    @Option(names = "--slot", defaultValue = "1", paramLabel = "N", description = "stream slot (default: ${DEFAULT-VALUE})")
    int slot;

    @Override
    public Integer call() {
        if (slot < 0) {
            throw new RigConfigurationException("--slot " + slot + ": expected a stream slot 0 or more");
        }
        try (PhoneClient client = phone.connect()) {
            FieldTable.print(client.streamingStatistics(slot));
            return ExitCode.OK;
        } catch (NoSuchPageException e) {
            throw new RigConfigurationException("--slot " + slot + ": " + e.getMessage() + " (stream slots are"
                    + " model-specific, typically 1-3)");
        }
    }
}
