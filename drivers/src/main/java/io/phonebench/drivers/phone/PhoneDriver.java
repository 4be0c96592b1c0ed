package io.phonebench.drivers.phone;

import io.phonebench.protocol.device.DeviceInformation;
import io.phonebench.protocol.device.DeviceLog;
import io.phonebench.protocol.device.EthernetInformation;
import io.phonebench.protocol.device.NetworkConfiguration;
import io.phonebench.protocol.device.PortInformation;
import io.phonebench.protocol.device.StreamingStatistics;
import io.phonebench.protocol.object.CiscoIPPhoneObject;
import io.phonebench.protocol.object.CiscoIPPhoneResponse;
import java.awt.image.BufferedImage;
import java.time.Duration;

/**
 * What the bench can do to a phone over its HTTP interface, real or virtual. Tests see it through the bench's
 * {@code PhoneControl}, whose calls are report steps.
 */
public interface PhoneDriver {

    /** POSTs the object to /CGI/Execute and returns the phone's typed response. */
    CiscoIPPhoneResponse push(CiscoIPPhoneObject object);

    /** What the phone answered to a push, CiscoIPPhoneError included, for comparing against the reference model. */
    CiscoIPPhoneObject pushForAnswer(CiscoIPPhoneObject object);

    BufferedImage screenshot();

    DeviceInformation deviceInformation();

    NetworkConfiguration networkConfiguration();

    EthernetInformation ethernetInformation();

    PortInformation port(int n);

    DeviceLog deviceLog(int n);

    StreamingStatistics streamingStatistics(int n);

    /** Polls /DeviceInformationX until the phone answers it, or the deadline passes. */
    DeviceInformation waitUntilUp(Duration deadline);
}
