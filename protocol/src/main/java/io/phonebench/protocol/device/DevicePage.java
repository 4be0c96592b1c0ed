package io.phonebench.protocol.device;

import java.nio.charset.Charset;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;

/**
 * One of the phone's flat XML status pages ({@code /DeviceInformationX} and friends): a root element holding one
 * child element per field. All fields are kept, in the phone's order and spelling, because firmware versions add
 * fields the typed accessors do not know; the accessors are conveniences over {@link #fields()}.
 */
public sealed interface DevicePage
        permits DeviceInformation, NetworkConfiguration, EthernetInformation, PortInformation, StreamingStatistics {

    /** The root element, e.g. {@code DeviceInformation} (the path's name without the trailing X). */
    String rootName();

    /** Every field as sent, raw text (not trimmed: some firmware pads values, e.g. {@code " OUI"}). */
    Map<String, String> fields();

    default Optional<String> field(String name) {
        return Optional.ofNullable(fields().get(name));
    }

    /** A field by name, ignoring case: firmware spells e.g. {@code serialNumber} and {@code SerialNumber}. */
    default Optional<String> fieldIgnoringCase(String name) {
        return field(name).or(() -> fields().entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue).findFirst());
    }

    /** A trimmed, non-empty text field. */
    default Optional<String> text(String name) {
        return fieldIgnoringCase(name).map(String::strip).filter(s -> !s.isEmpty());
    }

    /** A whole-number field such as a packet counter; empty when absent or blank. */
    default OptionalLong counter(String name) {
        Optional<String> value = text(name);
        if (value.isEmpty()) {
            return OptionalLong.empty();
        }
        try {
            return OptionalLong.of(Long.parseLong(value.get()));
        } catch (NumberFormatException e) {
            throw new DevicePageException(rootName(), name, value.get(), "a whole number");
        }
    }

    /** A decimal field such as a MOS score; empty when absent or blank. */
    default OptionalDouble decimal(String name) {
        Optional<String> value = text(name);
        if (value.isEmpty()) {
            return OptionalDouble.empty();
        }
        try {
            return OptionalDouble.of(Double.parseDouble(value.get()));
        } catch (NumberFormatException e) {
            throw new DevicePageException(rootName(), name, value.get(), "a decimal number");
        }
    }

    /** The page as the phone serves it: XML declaration naming the charset, then the root and its fields. */
    default byte[] serialise(Charset charset) {
        return DevicePageXml.write(rootName(), fields(), charset);
    }
}
