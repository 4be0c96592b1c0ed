package io.phonebench.bench.phone;

import io.phonebench.protocol.device.DeviceInformation;
import io.phonebench.protocol.device.DeviceLog;
import io.phonebench.protocol.device.EthernetInformation;
import io.phonebench.protocol.device.NetworkConfiguration;
import io.phonebench.protocol.device.PortInformation;
import io.phonebench.protocol.device.StreamingStatistics;
import io.phonebench.protocol.object.CiscoIPPhoneObject;
import java.awt.image.BufferedImage;
import java.time.Duration;

/**
 * What a test does to the phone itself over its HTTP interface, beside {@link Phone#push} (which also drives the
 * reference model): screenshots, device pages and the pushes a careless or hostile service would make. Each call is a
 * step of the report.
 */
public interface PhoneControl {
    BufferedImage screenshot();

    DeviceInformation deviceInformation();

    NetworkConfiguration networkConfiguration();

    EthernetInformation ethernetInformation();

    PortInformation port(int n);

    DeviceLog deviceLog(int n);

    StreamingStatistics streamingStatistics(int n);

    /** Polls DeviceInformationX until the phone answers, bounded by {@code deadline}. */
    DeviceInformation waitUntilUp(Duration deadline);

    /** Pushes to the phone only and returns the object it answered (a CiscoIPPhoneExecute of Internal URIs, say). */
    CiscoIPPhoneObject pushForAnswer(CiscoIPPhoneObject object);

    /** The user the bench authenticates pushes as. */
    String user();

    /**
     * Pushes with other credentials than the rig's, to see the phone refuse them; the phone's own password never
     * reaches the test.
     *
     * @return whether the phone accepted the push (false: it answered CiscoIPPhoneError Number="4")
     */
    boolean pushWithCredentials(CiscoIPPhoneObject object, String user, String password);

    /**
     * A form POST that skips the push client's safeguards (push limit, path and field spelling), so a test sees how
     * the phone answers what a careless service would send. The password goes only into the Authorization header.
     *
     * @param path            e.g. {@code /CGI/Execute} or {@code /cgi/execute} (its case matters)
     * @param field           the form field, {@code XML} (its case matters)
     * @param withCredentials with the rig's basic authentication, or none
     */
    ExecuteAnswer postExecute(String path, String field, String xml, boolean withCredentials);

    /** {@link #postExecute} of {@code xml} to /CGI/Execute as the form field XML. */
    default ExecuteAnswer postExecute(String xml, boolean withCredentials) {
        return postExecute("/CGI/Execute", "XML", xml, withCredentials);
    }

    /**
     * The phone's answer to a raw post: the exact body and the object it parses to (null when it is none).
     */
    record ExecuteAnswer(int status, String body, CiscoIPPhoneObject object) {
    }
}
