package io.phonebench.bench.cli;

import io.phonebench.bench.rig.RigConfigurationException;
import io.phonebench.drivers.phone.NoSuchPageException;
import io.phonebench.drivers.phone.PhoneClient;
import io.phonebench.protocol.device.DevicePage;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "info", description = "Print a device page of a phone: device (default), network, ethernet, port:N, log:N.")
final class InfoCommand implements Callable<Integer> {
    @Mixin
    PhoneOptions phone;

    @Option(names = "--page", defaultValue = "device", paramLabel = "PAGE",
            description = "device, network, ethernet, port:N or log:N (default: ${DEFAULT-VALUE})")
    String page;

    @Override
    public Integer call() {
        try (PhoneClient client = phone.connect()) {
            String[] parts = page.split(":", 2);
            if (parts[0].equals("log")) {
                client.deviceLog(parts.length > 1 ? number(parts[1]) : 0).entries()
                        .forEach(e -> System.out.println(e.name() + ": " + e.text()));
            } else {
                FieldTable.print(read(client));
            }
            return ExitCode.OK;
        } catch (NoSuchPageException e) {
            throw new RigConfigurationException("--page " + page + ": " + e.getMessage() + " (port numbers are"
                    + " model-specific, typically 1-3; logs typically 0-2)");
        }
    }

    private DevicePage read(PhoneClient client) {
        String[] parts = page.split(":", 2);
        int n = parts.length > 1 ? number(parts[1]) : 1;
        return switch (parts[0]) {
            case "device" -> client.deviceInformation();
            case "network" -> client.networkConfiguration();
            case "ethernet" -> client.ethernetInformation();
            case "port" -> client.port(n);
            default -> throw new RigConfigurationException("--page " + page
                    + ": expected device, network, ethernet, port:N or log:N");
        };
    }

    private int number(String text) {
        if (!text.matches("\\d{1,9}")) {
            throw new RigConfigurationException("--page " + page + ": expected a number 0 or more after ':'");
        }
        return Integer.parseInt(text);
    }
}
