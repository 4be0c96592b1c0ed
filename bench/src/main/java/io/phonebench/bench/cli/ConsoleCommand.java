package io.phonebench.bench.cli;

import io.phonebench.bench.rig.ConsoleSpec;
import io.phonebench.bench.rig.PhoneSpec;
import io.phonebench.bench.rig.Rig;
import io.phonebench.bench.rig.RigConfigurationException;
import io.phonebench.bench.rig.RigFile;
import io.phonebench.drivers.console.ConsoleAddress;
import io.phonebench.drivers.console.ConsoleSettings;
import io.phonebench.drivers.console.SerialConsole;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.locks.LockSupport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "console", description = "Attach to a rig phone's serial console: its output on stdout, stdin lines "
        + "sent to it, until end of input or Ctrl-C.")
final class ConsoleCommand implements Callable<Integer> {
    @Option(names = "--rig", required = true, paramLabel = "FILE", description = "rig file")
    Path rig;

    @Option(names = "--phone", required = true, paramLabel = "NAME", description = "the rig phone's name")
    String phone;

    @picocli.CommandLine.Mixin
    LeaseWait leaseWait = new LeaseWait();

    @Override
    public Integer call() throws IOException {
        Rig loaded = RigFile.load(rig);
        PhoneSpec spec = loaded.phones(List.of(phone)).get(0);
        ConsoleSpec console = spec.console().orElseThrow(() -> new RigConfigurationException(rig + ":" + spec.line()
                + ": phone " + phone + " has no console entry: add console: { port: /dev/ttyUSB1, baud: 115200 }"));
        if (console.simulated()) {
            throw new RigConfigurationException(rig + ":" + spec.line() + ": the console of " + phone
                    + " is simulated and exists only inside a run ('./phonebench run' attaches it to reports)");
        }
        try (LeaseWait.Held lease = leaseWait.hold(loaded, phone);
             SerialConsole serial = new SerialConsole(phone, ConsoleAddress.parse(console.port(), console.baud()),
                ConsoleSettings.defaults().withMustNotSee(List.of()))) {
            serial.start();
            Thread follower = new Thread(() -> follow(serial), "console-" + phone);
            follower.setDaemon(true);
            follower.start();
            BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                serial.send(line + "\r\n");
            }
        }
        return ExitCode.OK;
    }

    /** Prints what the console captured since the last look, twenty times a second. */
    private static void follow(SerialConsole console) {
        int shown = 0;
        while (!Thread.currentThread().isInterrupted()) {
            String log = console.log();
            if (log.length() > shown) {
                System.out.print(log.substring(shown));
                System.out.flush();
                shown = log.length();
            }
            LockSupport.parkNanos(50_000_000L);
        }
    }
}
