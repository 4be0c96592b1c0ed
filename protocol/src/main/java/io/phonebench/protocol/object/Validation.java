package io.phonebench.protocol.object;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks an object against the SDK's limits, the way a phone's schema enforcement would: counts of items, softkey
 * positions, bitmap geometry against its Data, Execute's mix of URLs and URIs. Model-specific limits (push size,
 * display area) are not checked here.
 */
public final class Validation {
    private final String root;
    private final List<ObjectProblem> problems = new ArrayList<>();

    private Validation(String root) {
        this.root = root;
    }

    /** Every problem found, in document order; empty when a phone would accept the object. */
    public static List<ObjectProblem> check(CiscoIPPhoneObject object) {
        Validation v = new Validation(object.rootName());
        v.checkObject(object);
        if (object instanceof DisplayableObject d) {
            v.softKeys(d.softKeyItems());
            v.events(d.events());
        }
        return List.copyOf(v.problems);
    }

    /** Java 17 has no pattern switch; the chain follows the order of docs/xml-object-reference.md §2.1. */
    private void checkObject(CiscoIPPhoneObject object) {
        if (object instanceof CiscoIPPhoneMenu m) {
            atMost(MenuItem.ELEMENT, m.menuItems().size(), SdkLimits.MENU_ITEMS);
            menuItems(m.menuItems(), MenuItem.Kind.PLAIN);
        } else if (object instanceof CiscoIPPhoneInput i) {
            input(i);
        } else if (object instanceof CiscoIPPhoneDirectory d) {
            directory(d);
        } else if (object instanceof CiscoIPPhoneImage i) {
            location(i.locationX(), i.locationY());
            bitmap(root, i.bitmap());
        } else if (object instanceof CiscoIPPhoneImageFile f) {
            location(f.locationX(), f.locationY());
            url(root, f.url());
        } else if (object instanceof CiscoIPPhoneGraphicMenu g) {
            location(g.locationX(), g.locationY());
            bitmap(root, g.bitmap());
            atMost(MenuItem.ELEMENT, g.menuItems().size(), SdkLimits.GRAPHIC_MENU_ITEMS);
            menuItems(g.menuItems(), MenuItem.Kind.PLAIN);
        } else if (object instanceof CiscoIPPhoneGraphicFileMenu g) {
            location(g.locationX(), g.locationY());
            url(root, g.url());
            menuItems(g.menuItems(), MenuItem.Kind.TOUCH);
        } else if (object instanceof CiscoIPPhoneIconMenu m) {
            atMost(MenuItem.ELEMENT, m.menuItems().size(), SdkLimits.ICON_MENU_ITEMS);
            menuItems(m.menuItems(), MenuItem.Kind.ICON);
            icons(m.iconItems(), true);
        } else if (object instanceof CiscoIPPhoneIconFileMenu m) {
            menuItems(m.menuItems(), MenuItem.Kind.ICON);
            icons(m.iconItems(), false);
        } else if (object instanceof CiscoIPPhoneStatus s) {
            status(s.text(), s.timer());
            location(s.locationX(), s.locationY());
            bitmap(root, s.bitmap());
        } else if (object instanceof CiscoIPPhoneStatusFile s) {
            status(s.text(), s.timer());
            location(s.locationX(), s.locationY());
            url(root, s.url());
        } else if (object instanceof CiscoIPPhoneExecute e) {
            new ExecuteRules(this).check(e);
        } else if (object instanceof CiscoIPPhoneError e) {
            error(e);
        }
        // CiscoIPPhoneText: no length limit in Cisco's own words; CiscoIPPhoneResponse: the phone's own answer
    }

    private void directory(CiscoIPPhoneDirectory d) {
        atMost(DirectoryEntry.ELEMENT, d.directoryEntries().size(), SdkLimits.DIRECTORY_ENTRIES);
        for (int n = 0; n < d.directoryEntries().size(); n++) {
            String tel = d.directoryEntries().get(n).telephone();
            if (tel == null || tel.isBlank()) {
                add(item(DirectoryEntry.ELEMENT, n) + "/Telephone", "empty Telephone: expected a number to dial");
            }
        }
    }

    private void error(CiscoIPPhoneError e) {
        if (e.number() < CiscoIPPhoneError.PARSE || e.number() > CiscoIPPhoneError.AUTHENTICATION) {
            add(root, "Number=\"" + e.number() + "\": expected 1 (parse), 2 (framing), 3 (internal file)"
                    + " or 4 (authentication)");
        }
    }

    void add(String path, String message) {
        problems.add(new ObjectProblem(path, message));
    }

    String root() {
        return root;
    }

    String item(String element, int zeroBasedIndex) {
        return root + "/" + element + "[" + (zeroBasedIndex + 1) + "]";
    }

    /** Reported at the first item over the limit, which is where an author would cut. */
    void atMost(String element, int count, int max) {
        if (count > max) {
            add(item(element, max), root + " has " + count + " " + element + " elements: at most " + max
                    + " allowed");
        }
    }

    private void input(CiscoIPPhoneInput i) {
        if (i.url() == null || i.url().isBlank()) {
            add(root + "/URL", "missing URL: expected where the phone sends the input");
        }
        if (i.urlMethod() != null && !i.urlMethod().equalsIgnoreCase("post") && !i.urlMethod().equalsIgnoreCase("get")) {
            add(root + "/URL", "method=\"" + i.urlMethod() + "\": expected post (7800/8800 only) or get");
        }
        atMost(InputItem.ELEMENT, i.inputItems().size(), SdkLimits.INPUT_ITEMS);
        for (int n = 0; n < i.inputItems().size(); n++) {
            String param = i.inputItems().get(n).queryStringParam();
            if (param == null || param.isBlank()) {
                add(item(InputItem.ELEMENT, n) + "/QueryStringParam", "empty QueryStringParam: expected the name the"
                        + " phone sends the value under");
            }
        }
    }

    private void menuItems(List<MenuItem> items, MenuItem.Kind kind) {
        for (int n = 0; n < items.size(); n++) {
            MenuItem m = items.get(n);
            String path = item(MenuItem.ELEMENT, n);
            url(path, m.url());
            if (kind == MenuItem.Kind.PLAIN && m.name() != null && root.equals(CiscoIPPhoneMenu.ROOT)
                    && m.name().length() > SdkLimits.MENU_ITEM_NAME_CHARS) {
                add(path + "/Name", "Name has " + m.name().length() + " characters: at most "
                        + SdkLimits.MENU_ITEM_NAME_CHARS + " allowed");
            }
            if (kind != MenuItem.Kind.ICON && m.iconIndex() != null) {
                add(path, "IconIndex: only CiscoIPPhoneIconMenu and CiscoIPPhoneIconFileMenu items have one");
            }
            if (kind == MenuItem.Kind.ICON && m.iconIndex() != null
                    && (m.iconIndex() < 0 || m.iconIndex() > SdkLimits.ICON_INDEX_MAX)) {
                add(path + "/IconIndex", "IconIndex " + m.iconIndex() + ": expected 0.." + SdkLimits.ICON_INDEX_MAX);
            }
            if (kind != MenuItem.Kind.TOUCH && m.touchArea() != null) {
                add(path, "TouchArea: only CiscoIPPhoneGraphicFileMenu items have one");
            }
            if (kind == MenuItem.Kind.TOUCH) {
                touchArea(path, m.touchArea());
            }
        }
    }

    private void touchArea(String path, TouchArea a) {
        if (a == null) {
            add(path, "missing TouchArea: expected X1, Y1, X2, Y2 of the area that selects this item");
        } else if (a.x1() > a.x2() || a.y1() > a.y2()) {
            add(path + "/TouchArea", "TouchArea (" + a.x1() + "," + a.y1() + ")-(" + a.x2() + "," + a.y2()
                    + "): expected X1 <= X2 and Y1 <= Y2");
        }
    }

    private void icons(List<IconItem> icons, boolean bitmaps) {
        Set<Integer> seen = new HashSet<>();
        for (int n = 0; n < icons.size(); n++) {
            IconItem icon = icons.get(n);
            String path = item(IconItem.ELEMENT, n);
            if (icon.index() < 0 || icon.index() > SdkLimits.ICON_INDEX_MAX) {
                add(path + "/Index", "Index " + icon.index() + ": expected 0.." + SdkLimits.ICON_INDEX_MAX);
            } else if (!seen.add(icon.index())) {
                add(path + "/Index", "Index " + icon.index() + " is used by an earlier IconItem: expected unique"
                        + " indexes");
            }
            if (bitmaps) {
                bitmap(path, icon.bitmap());
                if (icon.bitmap() != null && (icon.bitmap().width() > SdkLimits.ICON_CIP_WIDTH
                        || icon.bitmap().height() > SdkLimits.ICON_CIP_HEIGHT)) {
                    add(path, "icon is " + icon.bitmap().width() + "x" + icon.bitmap().height() + ": at most "
                            + SdkLimits.ICON_CIP_WIDTH + "x" + SdkLimits.ICON_CIP_HEIGHT + " pixels");
                }
            } else {
                url(path, icon.url());
            }
        }
    }

    private void status(String text, Integer timer) {
        if (text != null && (text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0)) {
            add(root + "/Text", "Text has a line break: the status window shows a single line");
        }
        if (timer != null && timer < 0) {
            add(root + "/Timer", "Timer " + timer + ": expected seconds >= 0");
        }
    }

    private void location(Integer x, Integer y) {
        if (x != null && x < -1) {
            add(root + "/LocationX", "LocationX " + x + ": expected -1 (centred) or a pixel column >= 0");
        }
        if (y != null && y < -1) {
            add(root + "/LocationY", "LocationY " + y + ": expected -1 (centred) or a pixel row >= 0");
        }
    }

    private void url(String path, String url) {
        if (url == null || url.isBlank()) {
            add(path + "/URL", "empty URL: expected an http(s) URL or an internal URI");
        }
    }

    private void bitmap(String path, CipBitmap b) {
        if (b == null) {
            add(path, "missing Width, Height, Depth and Data of the CIP bitmap");
            return;
        }
        if (b.depth() < 1 || b.depth() > SdkLimits.CIP_DEPTH_MAX) {
            add(path + "/Depth", "Depth " + b.depth() + ": expected 1 (black and white) or 2 (4 grey levels)");
            return;
        }
        if (b.width() <= 0 || b.height() <= 0) {
            add(path + "/Width", "image is " + b.width() + "x" + b.height() + ": expected a positive width and height");
            return;
        }
        String data = b.data();
        for (int i = 0; i < data.length(); i++) {
            if (Character.digit(data.charAt(i), 16) < 0) {
                add(path + "/Data", "Data has '" + data.charAt(i) + "' at position " + (i + 1)
                        + ": expected hex digits only, no separators");
                return;
            }
        }
        if (data.length() != b.expectedHexDigits()) {
            add(path + "/Data", "Data has " + data.length() + " hex digits: expected " + b.expectedHexDigits()
                    + " for " + b.width() + "x" + b.height() + " pixels at depth " + b.depth() + " ("
                    + (8 / b.depth()) + " pixels per byte, tail padded with 0-pixels)");
        }
    }

    private void softKeys(List<SoftKeyItem> keys) {
        atMost(SoftKeyItem.ELEMENT, keys.size(), SdkLimits.SOFT_KEY_ITEMS);
        for (int n = 0; n < keys.size(); n++) {
            SoftKeyItem k = keys.get(n);
            String path = item(SoftKeyItem.ELEMENT, n);
            int p = k.position();
            if (p != SdkLimits.SOFT_KEY_POSITION_APPLICATIONS && (p < 1 || p > SdkLimits.SOFT_KEY_POSITION_MAX)) {
                add(path + "/Position", "Position " + p + ": expected 1.." + SdkLimits.SOFT_KEY_POSITION_MAX
                        + " or -1 (Applications button)");
            }
            if (k.urlDown() != null && isHttp(k.urlDown())) {
                add(path + "/URLDown", "URLDown '" + k.urlDown() + "': expected an internal URI; the phone runs"
                        + " no HTTP on key press");
            }
        }
    }

    private void events(AppEventHandlers e) {
        if (e.appId() != null && (e.appId().isEmpty() || e.appId().length() > SdkLimits.APP_ID_CHARS)) {
            add(root, "appId has " + e.appId().length() + " characters: expected 1.." + SdkLimits.APP_ID_CHARS
                    + " (\"vendor/product\")");
        }
        handler("onAppFocusLost", e.onAppFocusLost(), true);
        handler("onAppFocusGained", e.onAppFocusGained(), true);
        handler("onAppMinimized", e.onAppMinimized(), true);
        handler("onAppClosed", e.onAppClosed(), false);
    }

    private void handler(String attribute, String uris, boolean httpAllowed) {
        if (uris == null) {
            return;
        }
        for (String raw : uris.split(";")) {
            String uri = raw.strip();
            if (!httpAllowed && isHttp(uri)) {
                add(root, attribute + " has '" + uri + "': expected internal URIs only, no HTTP(S) URL");
            }
            String[] parts = uri.split(":");
            if (parts.length > 2 && parts[0].equals("App") && parts[2].equals("0")) {
                add(root, attribute + " has '" + uri + "': an App URI with priority 0 is not allowed in a handler");
            }
        }
    }

    static boolean isHttp(String url) {
        String u = url.strip().toLowerCase(Locale.ROOT);
        return u.startsWith("http:") || u.startsWith("https:");
    }
}
