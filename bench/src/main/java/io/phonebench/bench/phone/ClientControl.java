package io.phonebench.bench.phone;

import io.phonebench.bench.step.Steps;
import io.phonebench.drivers.phone.PhoneAddress;
import io.phonebench.drivers.phone.PhoneAuthenticationException;
import io.phonebench.drivers.phone.PhoneClient;
import io.phonebench.drivers.phone.PhoneReply;
import io.phonebench.protocol.device.DeviceInformation;
import io.phonebench.protocol.device.DeviceLog;
import io.phonebench.protocol.device.EthernetInformation;
import io.phonebench.protocol.device.NetworkConfiguration;
import io.phonebench.protocol.device.PortInformation;
import io.phonebench.protocol.device.StreamingStatistics;
import io.phonebench.protocol.object.CiscoIPPhoneObject;
import io.phonebench.protocol.object.CiscoIPPhoneObjects;
import io.phonebench.protocol.xml.XmlParseException;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;

/** {@link PhoneControl} over the phone's {@link PhoneClient}; every call a report step. */
final class ClientControl implements PhoneControl {

    private final String phone;
    private final PhoneClient client;
    private final int pushLimitBytes;
    private final BootSignal bootSignal;
    /** Told what is pushed, so the next test's reset knows a Status object may be shown. */
    private final CleanStart cleanStart;

    ClientControl(String phone, PhoneClient client, int pushLimitBytes, BootSignal bootSignal, CleanStart cleanStart) {
        this.phone = phone;
        this.client = client;
        this.pushLimitBytes = pushLimitBytes;
        this.bootSignal = bootSignal;
        this.cleanStart = cleanStart;
    }

    @Override
    public BufferedImage screenshot() {
        return step("screenshot", client::screenshot);
    }

    @Override
    public DeviceInformation deviceInformation() {
        return step("read DeviceInformationX", client::deviceInformation);
    }

    @Override
    public NetworkConfiguration networkConfiguration() {
        return step("read NetworkConfigurationX", client::networkConfiguration);
    }

    @Override
    public EthernetInformation ethernetInformation() {
        return step("read EthernetInformationX", client::ethernetInformation);
    }

    @Override
    public PortInformation port(int n) {
        return step("read PortInformationX?" + n, () -> client.port(n));
    }

    @Override
    public DeviceLog deviceLog(int n) {
        return step("read DeviceLogX?" + n, () -> client.deviceLog(n));
    }

    @Override
    public StreamingStatistics streamingStatistics(int n) {
        return step("read StreamingStatisticsX?" + n, () -> client.streamingStatistics(n));
    }

    @Override
    public DeviceInformation waitUntilUp(Duration deadline) {
        return step("wait until up", () -> {
            bootSignal.awaitUp(deadline);   // a virtual phone says when it is up; HTTP still has the last word
            return client.waitUntilUp(deadline, bootSignal::settledFor);
        });
    }

    @Override
    public CiscoIPPhoneObject pushForAnswer(CiscoIPPhoneObject object) {
        cleanStart.sent(object);
        return step("push " + object.getClass().getSimpleName() + " for its answer",
                () -> client.pushForAnswer(object));
    }

    @Override
    public String user() {
        return client.address().user();
    }

    @Override
    public boolean pushWithCredentials(CiscoIPPhoneObject object, String user, String password) {
        cleanStart.sent(object);
        PhoneAddress real = client.address();
        PhoneAddress other = new PhoneAddress(real.host(), real.port(), user, password);
        return step("push " + object.getClass().getSimpleName() + " with other credentials", () -> {
            try (PhoneClient intruder = new PhoneClient(other, pushLimitBytes)) {
                intruder.push(object);
                return true;
            } catch (PhoneAuthenticationException refused) {
                return false;
            }
        });
    }

    @Override
    public ExecuteAnswer postExecute(String path, String field, String xml, boolean withCredentials) {
        cleanStart.sentXml(xml);
        return Steps.call("raw POST " + path, Map.of("phone", phone, "field", field, "credentials",
                String.valueOf(withCredentials)), () -> post(path, field, xml, withCredentials));
    }

    private ExecuteAnswer post(String path, String field, String xml, boolean withCredentials) {
        // the phone client's own transport: one blocking exchange on this thread under the push's deadlines (a JDK
        // HttpClient per raw POST started a selector thread each and timed out first on a loaded host)
        PhoneReply reply = client.postForm(path, field, xml, withCredentials);
        return new ExecuteAnswer(reply.status(), new String(reply.body(), StandardCharsets.UTF_8),
                parsed(reply.body()));
    }

    /** A 404 page or other non-CiscoIPPhone answer is a legitimate refusal, judged by the test, not a bench fault. */
    private static CiscoIPPhoneObject parsed(byte[] body) {
        try {
            return CiscoIPPhoneObjects.parse(body, null);
        } catch (XmlParseException e) {
            return null;
        }
    }

    private <T> T step(String name, Supplier<T> action) {
        return Steps.call(name, Map.of("phone", phone), action::get);
    }
}
