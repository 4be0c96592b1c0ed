package io.phonebench.protocol.object;

/** Limits of the IP Phone Services SDK that hold for every model (docs/xml-object-reference.md §2.1–2.4, §3). */
public final class SdkLimits {
    public static final int MENU_ITEMS = 100;
    public static final int MENU_ITEM_NAME_CHARS = 64;
    public static final int SOFT_KEY_ITEMS = 32;
    /** Desk phones have softkey positions 1..16 (8821/9821: 1..8); -1 is the Applications/Settings button. */
    public static final int SOFT_KEY_POSITION_MAX = 16;
    public static final int SOFT_KEY_POSITION_APPLICATIONS = -1;
    public static final int INPUT_ITEMS = 5;
    public static final int DIRECTORY_ENTRIES = 32;
    public static final int GRAPHIC_MENU_ITEMS = 12;
    public static final int ICON_MENU_ITEMS = 32;
    public static final int ICON_INDEX_MAX = 9;
    public static final int ICON_CIP_WIDTH = 16;
    public static final int ICON_CIP_HEIGHT = 10;
    public static final int ICON_PNG_SIDE = 18;
    public static final int EXECUTE_ITEMS = 3;
    public static final int EXECUTE_HTTP_URLS = 1;
    public static final int APP_ID_CHARS = 64;
    public static final int CIP_DEPTH_MAX = 2;

    private SdkLimits() {
    }
}
