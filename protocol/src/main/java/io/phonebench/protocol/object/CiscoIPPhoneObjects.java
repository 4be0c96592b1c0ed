package io.phonebench.protocol.object;

import io.phonebench.protocol.xml.SecureXml;
import io.phonebench.protocol.xml.XmlElement;
import io.phonebench.protocol.xml.XmlParseException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads CiscoIPPhone objects from untrusted bytes, through {@link SecureXml}. Parsing checks structure (known root,
 * only the SDK's children and attributes, required children present, numbers that are numbers) and throws
 * {@link XmlParseException} at the first fault; {@link #check} also applies the SDK's limits ({@link Validation}).
 */
public final class CiscoIPPhoneObjects {
    /** Root elements of the SDK, in the order of docs/xml-object-reference.md §2.1. */
    public static final List<String> ROOTS = List.of(CiscoIPPhoneMenu.ROOT, CiscoIPPhoneText.ROOT,
            CiscoIPPhoneInput.ROOT, CiscoIPPhoneDirectory.ROOT, CiscoIPPhoneImage.ROOT, CiscoIPPhoneImageFile.ROOT,
            CiscoIPPhoneGraphicMenu.ROOT, CiscoIPPhoneGraphicFileMenu.ROOT, CiscoIPPhoneIconMenu.ROOT,
            CiscoIPPhoneIconFileMenu.ROOT, CiscoIPPhoneStatus.ROOT, CiscoIPPhoneStatusFile.ROOT,
            CiscoIPPhoneExecute.ROOT, CiscoIPPhoneResponse.ROOT, CiscoIPPhoneError.ROOT);

    private CiscoIPPhoneObjects() {
    }

    /**
     * @param contentTypeCharset charset of the HTTP Content-Type, which overrides the XML declaration; null if none
     */
    public static CiscoIPPhoneObject parse(byte[] body, String contentTypeCharset) {
        return read(SecureXml.parse(body, contentTypeCharset));
    }

    /** Parses and insists on one object type, e.g. a CiscoIPPhoneResponse after a push. */
    public static <T extends CiscoIPPhoneObject> T parse(byte[] body, String contentTypeCharset, Class<T> type) {
        XmlElement root = SecureXml.parse(body, contentTypeCharset);
        CiscoIPPhoneObject object = read(root);
        if (!type.isInstance(object)) {
            throw root.problem("expected " + type.getSimpleName() + ", saw " + object.rootName());
        }
        return type.cast(object);
    }

    /** A document already in a String: its characters are what they are, whatever its declaration says. */
    public static CiscoIPPhoneObject parse(String xml) {
        return parse(xml.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8.name());
    }

    public static <T extends CiscoIPPhoneObject> T parse(String xml, Class<T> type) {
        return parse(xml.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8.name(), type);
    }

    /** Parses and validates, turning every problem into one located at the element concerned. Never throws. */
    public static CheckedDocument check(byte[] body, String contentTypeCharset) {
        return check(body, contentTypeCharset, false);
    }

    /**
     * {@link #check} plus every URI the object carries, parsed by the rules a phone runs it by: what an author
     * should fix although a phone would take the object (and answer "Invalid URI" for that item).
     */
    public static CheckedDocument checkAsAuthored(byte[] body, String contentTypeCharset) {
        return check(body, contentTypeCharset, true);
    }

    private static CheckedDocument check(byte[] body, String contentTypeCharset, boolean uris) {
        XmlElement root;
        CiscoIPPhoneObject object;
        try {
            root = SecureXml.parse(body, contentTypeCharset);
            object = read(root);
        } catch (XmlParseException e) {
            return new CheckedDocument(null, List.of(e.problem()));
        }
        ElementIndex index = new ElementIndex(root);
        List<ObjectProblem> problems = new ArrayList<>(Validation.check(object));
        if (uris) {
            problems.addAll(UriRules.check(object));
        }
        return new CheckedDocument(object, problems.stream().map(index::locate).toList());
    }

    /** Maps a parsed element tree to its object. */
    public static CiscoIPPhoneObject read(XmlElement root) {
        return switch (root.name()) {
            case CiscoIPPhoneMenu.ROOT -> CiscoIPPhoneMenu.read(root);
            case CiscoIPPhoneText.ROOT -> CiscoIPPhoneText.read(root);
            case CiscoIPPhoneInput.ROOT -> CiscoIPPhoneInput.read(root);
            case CiscoIPPhoneDirectory.ROOT -> CiscoIPPhoneDirectory.read(root);
            case CiscoIPPhoneImage.ROOT -> CiscoIPPhoneImage.read(root);
            case CiscoIPPhoneImageFile.ROOT -> CiscoIPPhoneImageFile.read(root);
            case CiscoIPPhoneGraphicMenu.ROOT -> CiscoIPPhoneGraphicMenu.read(root);
            case CiscoIPPhoneGraphicFileMenu.ROOT -> CiscoIPPhoneGraphicFileMenu.read(root);
            case CiscoIPPhoneIconMenu.ROOT -> CiscoIPPhoneIconMenu.read(root);
            case CiscoIPPhoneIconFileMenu.ROOT -> CiscoIPPhoneIconFileMenu.read(root);
            case CiscoIPPhoneStatus.ROOT -> CiscoIPPhoneStatus.read(root);
            case CiscoIPPhoneStatusFile.ROOT -> CiscoIPPhoneStatusFile.read(root);
            case CiscoIPPhoneExecute.ROOT -> CiscoIPPhoneExecute.read(root);
            case CiscoIPPhoneResponse.ROOT -> CiscoIPPhoneResponse.read(root);
            case CiscoIPPhoneError.ROOT -> CiscoIPPhoneError.read(root);
            default -> throw root.problem("unknown root element <" + root.name()
                    + ">: expected a CiscoIPPhone object such as CiscoIPPhoneMenu, CiscoIPPhoneText or"
                    + " CiscoIPPhoneExecute" + caseHint(root.name()));
        };
    }

    private static String caseHint(String name) {
        return ROOTS.stream().filter(r -> r.equalsIgnoreCase(name)).findFirst()
                .map(r -> " (names are case-sensitive: write " + r + ")").orElse("");
    }
}
