package io.phonebench.drivers.phone;

import io.phonebench.drivers.BenchInfrastructureException;
import io.phonebench.protocol.device.DeviceInformation;
import io.phonebench.protocol.device.DeviceLog;
import io.phonebench.protocol.device.EthernetInformation;
import io.phonebench.protocol.device.NetworkConfiguration;
import io.phonebench.protocol.device.PortInformation;
import io.phonebench.protocol.device.StreamingStatistics;
import io.phonebench.protocol.object.CiscoIPPhoneError;
import io.phonebench.protocol.object.CiscoIPPhoneObject;
import io.phonebench.protocol.object.CiscoIPPhoneObjects;
import io.phonebench.protocol.object.CiscoIPPhoneResponse;
import io.phonebench.protocol.object.PushLimit;
import io.phonebench.protocol.xml.XmlParseException;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives one phone's HTTP interface: pushes to /CGI/Execute, screenshots, device pages, waiting for boot. One
 * pooled HTTP client per phone; close it when done with the phone.
 */
public final class PhoneClient implements PhoneDriver, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PhoneClient.class);
    static final String EXECUTE = "/CGI/Execute";
    static final String SCREENSHOT = "/CGI/Screenshot";

    private final PhoneAddress phone;
    private final int pushLimitBytes;
    private final PhoneClientSettings settings;
    private final PhoneTransport http;
    private final BootWait bootWait;

    public PhoneClient(PhoneAddress phone, int pushLimitBytes) {
        this(phone, pushLimitBytes, PhoneClientSettings.defaults());
    }

    public PhoneClient(PhoneAddress phone, int pushLimitBytes, PhoneClientSettings settings) {
        this(phone, pushLimitBytes, settings, () -> false);
    }

    /**
     * @param hung true while the phone will answer nothing until it is power-cycled, as a virtual phone whose firmware
     *             hung can tell: a request's answer deadline then passes at once, with the message it passes with,
     *             instead of after its wall time. A real phone cannot tell, and waits its deadlines out. Asked by the
     *             deadline watchdog's thread every few milliseconds while a request is open: cheap and thread-safe.
     */
    public PhoneClient(PhoneAddress phone, int pushLimitBytes, PhoneClientSettings settings, BooleanSupplier hung) {
        if (pushLimitBytes < 1) {
            throw new IllegalArgumentException("phone " + phone.label() + ": push limit must be positive but is "
                    + pushLimitBytes);
        }
        this.phone = phone;
        this.pushLimitBytes = pushLimitBytes;
        this.settings = settings;
        this.http = new PhoneTransport(phone, settings, hung);
        this.bootWait = new BootWait(phone, http, settings);
    }

    public PhoneAddress address() {
        return phone;
    }

    @Override
    public CiscoIPPhoneResponse push(CiscoIPPhoneObject object) {
        CiscoIPPhoneObject answer = pushForAnswer(object);
        if (answer instanceof CiscoIPPhoneResponse response) {
            return response;
        }
        if (answer instanceof CiscoIPPhoneError error) {
            throw new PhoneAnswerException("phone " + phone.label() + " answered POST " + EXECUTE + " of "
                    + object.rootName() + " with CiscoIPPhoneError Number=\"" + error.number() + "\""
                    + (error.message() == null ? "" : " (" + error.message() + ")")
                    + ", expected a CiscoIPPhoneResponse", error);
        }
        throw new PhoneAnswerException("phone " + phone.label() + " answered POST " + EXECUTE + " with "
                + answer.rootName() + ", expected a CiscoIPPhoneResponse", (CiscoIPPhoneError) null);
    }

    @Override
    public CiscoIPPhoneObject pushForAnswer(CiscoIPPhoneObject object) {
        // The SDK asks for a declared encoding, but the declaration costs bytes of a 512-byte budget: ASCII objects
        // go without one (every charset reads them alike), others declare UTF-8, which is what the form carries.
        String xml = object.toXml();
        int bytes = xml.length();
        if (!ascii(xml)) {
            xml = object.toDocument();
            bytes = xml.getBytes(StandardCharsets.UTF_8).length;
        }
        if (bytes > pushLimitBytes) {
            throw new PushLimitExceededException(phone, object.rootName(), bytes, pushLimitBytes);
        }
        if (bytes > PushLimit.CLASSIC_BYTES) {
            LOG.warn("pushing {} bytes ({}) to phone {}: over the 512-byte limit of 79xx-era firmware, within this"
                    + " phone's {} bytes", bytes, object.rootName(), phone.label(), pushLimitBytes);
        }
        PhoneReply reply = http.postForm(EXECUTE, "XML", xml);
        requireOk(reply);
        CiscoIPPhoneObject answer = parseObject(reply);
        if (answer instanceof CiscoIPPhoneError error && error.number() == CiscoIPPhoneError.AUTHENTICATION) {
            throw new PhoneAuthenticationException(phone, reply.request());
        }
        return answer;
    }

    /** A plain loop: the stream form of this cost a push more than its own form encoding. */
    private static boolean ascii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    @Override
    public BufferedImage screenshot() {
        PhoneReply reply = screenshotReply();
        try {
            BufferedImage image = ScreenshotImage.decodeTaking(reply.body());   // the reply is this call's alone
            if (image == null) {
                throw new PhoneAnswerException("phone " + phone.label() + ": " + reply.request() + " answered '"
                        + reply.mimeType() + "' that no image reader decodes (expected BMP or PNG), starting '"
                        + reply.excerpt() + "'", (CiscoIPPhoneError) null);
            }
            return image;
        } catch (IOException e) {
            throw new PhoneAnswerException("phone " + phone.label() + ": " + reply.request()
                    + " answered a broken image (" + reply.mimeType() + ", " + reply.body().length + " bytes): "
                    + e.getMessage(), e);
        }
    }

    /** The /CGI/Screenshot body as the phone sent it (BMP, PNG: its format is the model's). */
    public byte[] screenshotBytes() {
        return screenshotReply().body();
    }

    /** The screenshot reply, once it is known to be an image rather than a CiscoIPPhoneError. */
    private PhoneReply screenshotReply() {
        PhoneReply reply = http.get(SCREENSHOT, Optional.empty(), true, settings.responseTimeout());
        requireOk(reply);
        if (reply.isXml()) {
            CiscoIPPhoneObject answer = parseObject(reply);
            if (answer instanceof CiscoIPPhoneError error && error.number() == CiscoIPPhoneError.AUTHENTICATION) {
                throw new PhoneAuthenticationException(phone, reply.request());
            }
            throw new PhoneAnswerException("phone " + phone.label() + ": " + reply.request() + " answered "
                    + answer.rootName() + ", expected an image",
                    answer instanceof CiscoIPPhoneError e ? e : null);
        }
        return reply;
    }

    /**
     * POSTs one urlencoded form field to {@code path} as given (no push limit, no status check, no parsing: the
     * caller judges the answer), with the rig's credentials or without any, within the same deadlines as a push.
     */
    public PhoneReply postForm(String path, String field, String value, boolean withCredentials) {
        return http.postForm(path, field, value, withCredentials);
    }

    @Override
    public DeviceInformation deviceInformation() {
        return page(DeviceInformation.PATH, Optional.empty(), DeviceInformation::parse);
    }

    @Override
    public NetworkConfiguration networkConfiguration() {
        return page(NetworkConfiguration.PATH, Optional.empty(), NetworkConfiguration::parse);
    }

    @Override
    public EthernetInformation ethernetInformation() {
        return page(EthernetInformation.PATH, Optional.empty(), EthernetInformation::parse);
    }

    @Override
    public PortInformation port(int n) {
        return page(PortInformation.PATH, Optional.of(index(n, "port")), PortInformation::parse);
    }

    @Override
    public DeviceLog deviceLog(int n) {
        return page(DeviceLog.PATH, Optional.of(index(n, "log")), DeviceLog::parse);
    }

    @Override
    public StreamingStatistics streamingStatistics(int n) {
        return page(StreamingStatistics.PATH, Optional.of(index(n, "stream")), StreamingStatistics::parse);
    }

    @Override
    public DeviceInformation waitUntilUp(Duration deadline) {
        return waitUntilUp(deadline, span -> false);
    }

    /**
     * As {@link #waitUntilUp(Duration)}, for a phone that may say it cannot change by itself within a span: a pause
     * between two attempts for which {@code settledFor} is true passes without wall time (a virtual phone on a driven
     * clock, whose boot and off time pass the same way), and counts against the deadline all the same.
     */
    public DeviceInformation waitUntilUp(Duration deadline, Predicate<Duration> settledFor) {
        return bootWait.await(deadline, settledFor);
    }

    private String index(int n, String what) {
        if (n < 0) {
            throw new IllegalArgumentException("phone " + phone.label() + ": " + what + " number must be 0 or more"
                    + " but is " + n);
        }
        return String.valueOf(n);
    }

    private <T> T page(String path, Optional<String> query, BiFunction<byte[], String, T> parser) {
        PhoneReply reply = http.get(path, query, false, settings.responseTimeout());
        if (reply.status() == 404) {
            throw new NoSuchPageException("phone " + phone.label() + ": " + reply.request() + " answered "
                    + reply.statusLine() + ", body '" + reply.excerpt() + "': the phone has no such page (or its web"
                    + " access is disabled)");
        }
        requireOk(reply);
        return parsePage(phone, reply, parser);
    }

    static <T> T parsePage(PhoneAddress phone, PhoneReply reply, BiFunction<byte[], String, T> parser) {
        try {
            return parser.apply(reply.body(), reply.charset().orElse(null));
        } catch (XmlParseException e) {
            throw new PhoneAnswerException("phone " + phone.label() + ": " + reply.request()
                    + " answered XML that does not parse: " + e.getMessage() + "; body starts '" + reply.excerpt()
                    + "'", e);
        }
    }

    private CiscoIPPhoneObject parseObject(PhoneReply reply) {
        return parsePage(phone, reply, CiscoIPPhoneObjects::parse);
    }

    private void requireOk(PhoneReply reply) {
        if (!reply.ok()) {
            throw new BenchInfrastructureException("phone " + phone.label() + ": " + reply.request()
                    + " expected HTTP 200 but got " + reply.statusLine() + ", body '" + reply.excerpt() + "'");
        }
    }

    /** The phone booted (power cycle, reboot): the connections the bench held to it are gone, so none is reused. */
    public void forgetConnections() {
        http.forgetConnections();
    }

    @Override
    public void close() {
        http.close();
    }

    @Override
    public String toString() {
        return "PhoneClient[" + phone.label() + ", user=" + phone.user() + ", pushLimit=" + pushLimitBytes + "]";
    }
}
