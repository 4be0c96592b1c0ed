package io.phonebench.protocol.object;

import io.phonebench.protocol.xml.XmlWriter;
import java.util.List;

/**
 * The application event attributes of a displayable object (docs/xml-object-reference.md §2.4): an application id and
 * the URI
 * lists, separated by {@code ;}, the phone runs when the application loses or gains focus, is minimised or closed.
 * Absent attributes are null.
 */
public record AppEventHandlers(String appId, String onAppFocusLost, String onAppFocusGained, String onAppMinimized,
                               String onAppClosed) {
    public static final AppEventHandlers NONE = new AppEventHandlers(null, null, null, null, null);

    /** The SDK spelling; the Cisco table's {@code appID} is a documentation slip (§2.4). */
    static final List<String> ATTRIBUTES =
            List.of("appId", "onAppFocusLost", "onAppFocusGained", "onAppMinimized", "onAppClosed");

    public static AppEventHandlers appId(String appId) {
        return new AppEventHandlers(appId, null, null, null, null);
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    static AppEventHandlers read(ElementReader r) {
        return new AppEventHandlers(r.attribute("appId"), r.attribute("onAppFocusLost"),
                r.attribute("onAppFocusGained"), r.attribute("onAppMinimized"), r.attribute("onAppClosed"));
    }

    void write(XmlWriter w) {
        w.attribute("appId", appId)
                .attribute("onAppFocusLost", onAppFocusLost)
                .attribute("onAppFocusGained", onAppFocusGained)
                .attribute("onAppMinimized", onAppMinimized)
                .attribute("onAppClosed", onAppClosed);
    }
}
