package io.phonebench.bench.cli;

import io.phonebench.bench.rig.RigConfigurationException;
import io.phonebench.drivers.phone.PhoneClient;
import io.phonebench.protocol.object.CiscoIPPhoneObject;
import io.phonebench.protocol.object.CiscoIPPhoneObjects;
import io.phonebench.protocol.object.CiscoIPPhoneResponse;
import io.phonebench.protocol.object.ResponseItem;
import io.phonebench.protocol.xml.XmlParseException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "push", description = "Push a CiscoIPPhone object (a file) to a phone's /CGI/Execute and print its answer.")
final class PushCommand implements Callable<Integer> {
    @Mixin
    PhoneOptions phone;

    @Parameters(paramLabel = "FILE", description = "the CiscoIPPhone XML object to push")
    Path file;

    @Mixin
    LeaseWait leaseWait = new LeaseWait();

    @Override
    public Integer call() {
        CiscoIPPhoneObject object = read(file);
        // the phone's lease, as a run takes it: a push never lands in the middle of another run's test
        try (LeaseWait.Held lease = leaseWait.holdAddress(phone.host()); PhoneClient probe = phone.connect()) {
            int limit = phone.model(probe).pushLimitBytes();
            try (PhoneClient client = phone.connect(limit)) {
                CiscoIPPhoneResponse response = client.push(object);
                for (ResponseItem item : response.responseItems()) {
                    System.out.printf("Status=%d Data=%s URL=%s%n", item.status(), item.data(), item.url());
                }
                return response.responseItems().stream().allMatch(ResponseItem::succeeded) ? ExitCode.OK
                        : ExitCode.FAILED;
            }
        }
    }

    private static CiscoIPPhoneObject read(Path file) {
        // Opening a FIFO without a writer blocks in open() for good: only regular files are read.
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            throw new RigConfigurationException(file + ": not a regular file (a FIFO, device or directory): give the"
                    + " path of an XML file");
        }
        try {
            return CiscoIPPhoneObjects.parse(Files.readAllBytes(file), null);
        } catch (NoSuchFileException e) {
            throw new RigConfigurationException(file + ": no such file");
        } catch (IOException e) {
            throw new RigConfigurationException(file + ": unreadable: " + e.getMessage());
        } catch (XmlParseException e) {
            throw new RigConfigurationException(file + ":" + e.getMessage());
        }
    }
}
