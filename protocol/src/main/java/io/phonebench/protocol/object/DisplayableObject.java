package io.phonebench.protocol.object;

import java.util.List;

/** An object the phone shows: it may carry custom softkeys (except CiscoIPPhoneStatus) and event handlers. */
public sealed interface DisplayableObject extends CiscoIPPhoneObject
        permits CiscoIPPhoneMenu, CiscoIPPhoneText, CiscoIPPhoneInput, CiscoIPPhoneDirectory, CiscoIPPhoneImage,
        CiscoIPPhoneImageFile, CiscoIPPhoneGraphicMenu, CiscoIPPhoneGraphicFileMenu, CiscoIPPhoneIconMenu,
        CiscoIPPhoneIconFileMenu, CiscoIPPhoneStatus, CiscoIPPhoneStatusFile {

    /** Custom softkeys in document order; empty means the phone's defaults. */
    List<SoftKeyItem> softKeyItems();

    AppEventHandlers events();
}
