package io.phonebench.testcases.nightly;

import io.phonebench.bench.expect.Judge;
import io.phonebench.bench.expect.ModelIdentity;
import io.phonebench.bench.junit.PhoneTest;
import io.phonebench.bench.junit.Requires;
import io.phonebench.bench.phone.Capability;
import io.phonebench.bench.phone.Phone;
import io.phonebench.bench.verdict.Evidence;
import io.phonebench.bench.verdict.Verdict;
import io.phonebench.protocol.device.DeviceInformation;
import io.phonebench.protocol.device.DeviceLog;
import io.phonebench.protocol.device.EthernetInformation;
import io.phonebench.protocol.device.NetworkConfiguration;
import io.phonebench.protocol.device.PortInformation;
import io.phonebench.protocol.device.StreamingStatistics;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The XML device pages (docs/xml-object-reference.md §7) parse and agree with each other and with the rig: the model
 * the rig
 * names, the address the rig gives, a MAC in the SDK's form, one PortInformationX per port of the model, quiet stream
 * slots.
 */
class DevicePagesTest {

    @PhoneTest
    void deviceInformationNamesRigModel(Phone phone) {
        DeviceInformation info = phone.control().deviceInformation();

        List<String> wrong = new ArrayList<>();
        String model = info.modelNumber().orElse(null);
        if (model == null || !ModelIdentity.sameModel(model, phone.modelSheet().name())) {
            wrong.add("modelNumber: expected '" + phone.modelSheet().name() + "' (" + ModelIdentity.LATITUDE + "), saw "
                    + (model == null ? "(absent)" : "'" + model + "'"));
        }
        String mac = info.macAddress().orElse("");
        if (!mac.matches("[0-9A-F]{12}")) {
            wrong.add("MACAddress: expected 12 hex digits without separators, saw '" + mac + "'");
        }
        check(wrong, "HostName", info.hostName(), "SEP" + mac);
        if (info.versionId().or(info::appLoadId).isEmpty()) {
            wrong.add("versionID and appLoadID: expected a firmware version, both absent");
        }
        judge(wrong, "DeviceInformationX", info.fields().toString());
    }

    @PhoneTest
    void networkConfigurationAgreesWithRigAndDeviceInformation(Phone phone) {
        DeviceInformation info = phone.control().deviceInformation();
        NetworkConfiguration network = phone.control().networkConfiguration();

        List<String> wrong = new ArrayList<>();
        check(wrong, "IPAddress", network.ipAddress(), phone.address());
        check(wrong, "MACAddress", network.macAddress(), info.macAddress().orElse("(absent in DeviceInformationX)"));
        check(wrong, "HostName", network.hostName(), info.hostName().orElse("(absent in DeviceInformationX)"));
        judge(wrong, "NetworkConfigurationX", network.fields().toString());
    }

    @PhoneTest
    void ethernetCountersNeverGoBackwards(Phone phone) {
        EthernetInformation before = phone.control().ethernetInformation();
        phone.control().deviceInformation();
        EthernetInformation after = phone.control().ethernetInformation();

        // the DeviceInformationX exchange between the reads is traffic: frozen counters are as wrong as falling ones
        List<String> wrong = new ArrayList<>();
        counterGrows(wrong, "TxFrames", before.txFrames(), after.txFrames());
        counterGrows(wrong, "RxFrames", before.rxFrames(), after.rxFrames());
        judge(wrong, "EthernetInformationX", before.fields() + "\n" + after.fields());
    }

    @PhoneTest
    void everyPortOfTheModelAnswers(Phone phone) {
        List<String> wrong = new ArrayList<>();
        StringBuilder pages = new StringBuilder();
        for (int n = 1; n <= phone.modelSheet().ethernetPorts(); n++) {
            PortInformation port = phone.control().port(n);
            pages.append("PortInformationX?").append(n).append(' ').append(port.fields()).append('\n');
            if (port.rxTotalPackets().isEmpty() || port.txTotalGoodPackets().isEmpty()) {
                wrong.add("PortInformationX?" + n + ": expected RxtotalPkt and TxtotalGoodPkt counters, saw "
                        + port.fields().keySet());
            }
        }
        judge(wrong, phone.modelSheet().ethernetPorts() + " port page(s)", pages.toString());
    }

    @PhoneTest
    void deviceLogsParse(Phone phone) {
        List<String> wrong = new ArrayList<>();
        StringBuilder logs = new StringBuilder();
        for (int n = 0; n <= 2; n++) {
            DeviceLog log = phone.control().deviceLog(n);
            logs.append("DeviceLogX?").append(n).append(' ').append(log.statuses()).append('\n');
            if (log.entries().isEmpty()) {
                wrong.add("DeviceLogX?" + n + ": expected at least one entry, saw none");
            }
        }
        judge(wrong, "DeviceLogX?0..2", logs.toString());
    }

    @PhoneTest
    @Requires(Capability.RTP)
    void idleStreamSlotsCarryNoStream(Phone phone) {
        List<String> wrong = new ArrayList<>();
        StringBuilder pages = new StringBuilder();
        for (int n = 1; n <= phone.modelSheet().rtpStreamSlots(); n++) {
            StreamingStatistics stream = phone.control().streamingStatistics(n);
            pages.append("StreamingStatisticsX?").append(n).append(' ').append(stream.fields()).append('\n');
            if (stream.streamStatus().isEmpty() || stream.senderPackets().isEmpty() || stream.rcvrPackets().isEmpty()) {
                // an empty or truncated page says nothing about the slot: it must not pass as "idle"
                wrong.add("StreamingStatisticsX?" + n + ": expected StreamStatus, SenderPackets and RcvrPackets, saw "
                        + stream.fields().keySet());
            }
            if (stream.isActive()) {
                wrong.add("StreamingStatisticsX?" + n + ": expected an idle slot, saw StreamStatus "
                        + stream.streamStatus().orElse("(absent)"));
            }
            if (stream.senderPackets().orElse(0) != 0 || stream.rcvrPackets().orElse(0) != 0) {
                wrong.add("StreamingStatisticsX?" + n + ": expected 0 packets on an idle slot, saw SenderPackets "
                        + stream.senderPackets() + ", RcvrPackets " + stream.rcvrPackets());
            }
        }
        judge(wrong, phone.modelSheet().rtpStreamSlots() + " stream slot(s)", pages.toString());
    }

    private static void check(List<String> wrong, String field, Optional<String> seen, String expected) {
        if (!seen.map(expected::equals).orElse(false)) {
            wrong.add(field + ": expected '" + expected + "', saw " + seen.map(s -> "'" + s + "'").orElse("(absent)"));
        }
    }

    private static void counterGrows(List<String> wrong, String field, OptionalLong before, OptionalLong after) {
        if (before.isEmpty() || after.isEmpty()) {
            wrong.add(field + ": expected a counter on both reads, saw " + before + " then " + after);
        } else if (after.getAsLong() <= before.getAsLong()) {
            wrong.add(field + ": expected it to grow with the HTTP exchange made between the reads (and never to"
                    + " decrease), saw " + before.getAsLong() + " then " + after.getAsLong());
        }
    }

    private static void judge(List<String> wrong, String what, String pages) {
        Evidence evidence = Evidence.text(what, pages);
        Judge.require(wrong.isEmpty() ? Verdict.passed(what + " sane", evidence)
                : Verdict.failed(what + ": " + String.join("; ", wrong), evidence));
    }
}
