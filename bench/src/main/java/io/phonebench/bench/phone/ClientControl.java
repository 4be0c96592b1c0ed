package io.phonebench.bench.phone;

import io.phonebench.bench.step.Steps;
import io.phonebench.drivers.BenchInfrastructureException;
import io.phonebench.drivers.phone.PhoneAddress;
import io.phonebench.drivers.phone.PhoneAuthenticationException;
import io.phonebench.drivers.phone.PhoneClient;
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
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;
import java.util.function.Supplier;

/** {@link PhoneControl} over the phone's {@link PhoneClient}; every call a report step. */
final class ClientControl implements PhoneControl {
    private static final Duration RAW_TIMEOUT = Duration.ofSeconds(5);

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
            return client.waitUntilUp(deadline);
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
        PhoneAddress address = client.address();
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://" + address.label() + path))
                .timeout(RAW_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(field + "=" + URLEncoder.encode(xml,
                        StandardCharsets.UTF_8)));
        if (withCredentials) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    (address.user() + ":" + address.password()).getBytes(StandardCharsets.UTF_8)));
        }
        HttpClient http = HttpClient.newBuilder().connectTimeout(RAW_TIMEOUT).build();
        try {
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new ExecuteAnswer(response.statusCode(), new String(response.body(), StandardCharsets.UTF_8),
                    parsed(response.body()));
        } catch (IOException e) {
            throw new BenchInfrastructureException("phone " + address.label() + ": raw POST " + path + " failed: "
                    + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BenchInfrastructureException("phone " + address.label() + ": interrupted during raw POST", e);
        }
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
