package io.phonebench.emulator.reference;

import io.phonebench.emulator.deviation.Deviation;
import io.phonebench.emulator.reference.history.HistoryEntry;
import io.phonebench.protocol.object.CiscoIPPhoneDirectory;
import io.phonebench.protocol.object.CiscoIPPhoneGraphicFileMenu;
import io.phonebench.protocol.object.CiscoIPPhoneGraphicMenu;
import io.phonebench.protocol.object.CiscoIPPhoneIconFileMenu;
import io.phonebench.protocol.object.CiscoIPPhoneIconMenu;
import io.phonebench.protocol.object.CiscoIPPhoneInput;
import io.phonebench.protocol.object.CiscoIPPhoneText;
import io.phonebench.protocol.object.CiscoIPPhoneMenu;
import io.phonebench.protocol.object.DisplayableObject;
import io.phonebench.protocol.object.InputItem;
import io.phonebench.protocol.object.MenuItem;
import io.phonebench.protocol.object.ResponseItem;
import io.phonebench.protocol.uri.DialUri;
import io.phonebench.protocol.uri.HttpUrl;
import io.phonebench.protocol.uri.InitUri;
import io.phonebench.protocol.uri.InternalUri;
import io.phonebench.protocol.uri.KeyUri;
import io.phonebench.protocol.uri.QueryStringParamUri;
import io.phonebench.protocol.uri.SoftKeyUri;
import io.phonebench.protocol.uri.UriSyntaxException;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.StringJoiner;

/**
 * Keys, softkeys and the internal URIs that act like them (Key:, SoftKey:, Init:, Dial:, plain URLs), in the context
 * of the page shown. Keys that do nothing on the page are accepted and discarded, as the SDK says of Key:.
 * Always called under the phone's lock.
 */
final class PhoneKeys {
    private final ReferencePhone phone;

    PhoneKeys(ReferencePhone phone) {
        this.phone = phone;
    }

    /** Handles {@code uri} if it is one of these kinds; empty for URIs left to the {@link UriHandler}. */
    Optional<ResponseItem> run(InternalUri uri) {
        ResponseItem ok = ResponseItem.success(uri.format());
        if (uri instanceof KeyUri k) {
            key(k.key());
        } else if (uri instanceof SoftKeyUri s) {
            nativeAction(s.action());
        } else if (uri instanceof InitUri i) {
            init(i.target());
        } else if (uri instanceof DialUri d) {
            phone.dialled(d.digits(), "Dial:");
        } else if (uri instanceof HttpUrl h) {
            return Optional.of(phone.navigate(URI.create(h.url()), false, "") ? ok
                    : new ResponseItem(6, phone.lastProblem(), h.url()));
        } else if (uri instanceof QueryStringParamUri) {
            return Optional.of(new ResponseItem(6, ExecuteRunner.URI_NOT_FOUND, uri.format()));
        } else {
            return Optional.empty();
        }
        return Optional.of(ok);
    }

    void enter(int field, String value) {
        ShownPage page = phone.current();
        if (page == null || !(page.object() instanceof CiscoIPPhoneInput input)) {
            throw new IllegalStateException("expected a CiscoIPPhoneInput on " + phone.model().name()
                    + ", saw " + (page == null ? "the idle screen" : page.object().rootName()));
        }
        if (field < 0 || field >= input.inputItems().size()) {
            throw new IllegalArgumentException("expected an input field 0.." + (input.inputItems().size() - 1)
                    + ", saw " + field);
        }
        page.setInput(field, value);
    }

    private void key(String key) {
        ShownPage page = phone.current();
        if (key.equals("Onhook") || key.equals("NavOnhook")) {
            phone.hangUp();    // DN911-URI key tables: Onhook/NavOnhook, the hook switch put down
        } else if (key.startsWith("Soft")) {
            softkey(Integer.parseInt(key.substring(4)));
        } else if (key.startsWith("KeyPad")) {
            keypad(key.equals("KeyPadStar") ? "*" : key.equals("KeyPadPound") ? "#" : key.substring(6));
        } else if (page == null || phone.callPlaneShown()) {
            return;            // the call plane in front: the hidden page's keys do not reach it
        } else {
            switch (key) {
                case "NavUp" -> move(page, -1);
                case "NavDwn" -> move(page, 1);
                case "NavSelect" -> nativeAction(SoftKeyUri.Action.SELECT);
                case "NavBack" -> nativeAction(SoftKeyUri.Action.EXIT);
                case "Services", "Directories", "Messages", "Settings", "Applications" -> phone.closeApplication();
                default -> { }
            }
        }
    }

    /** Up/down moves the highlight, or on a Text page scrolls it a line (the phone paginates long text). */
    private void move(ShownPage page, int step) {
        if (page.object() instanceof CiscoIPPhoneText) {
            page.scrollTo(page.firstLine() + step, phone.lastFirstLine(page));
        } else {
            page.select(page.selected() + step, rows(page.object()));
        }
    }

    private void softkey(int position) {
        phone.softkeys().stream().filter(k -> k.position() == position).findFirst().ifPresent(k -> {
            if (k.urlDown() != null) {
                activate(k.urlDown());
            }
            if (k.url() != null) {
                activate(k.url());
            }
        });
    }

    /** A softkey's or menu item's URL: relative URLs resolve against the page, QueryStringParam extends one. */
    private void activate(String url) {
        ShownPage page = phone.current();
        String target = url;
        if (url.startsWith("QueryStringParam:")) {
            if (parsed(url).isEmpty()) {
                return;
            }
            QueryStringParamUri q = (QueryStringParamUri) InternalUri.parse(url);
            Optional<String> base = selectedItem(page).map(MenuItem::url)
                    .or(() -> page == null ? Optional.empty() : page.url().map(URI::toString));
            if (base.isEmpty()) {
                return;
            }
            target = q.appendTo(base.get());
        }
        if (!target.contains(":") || target.startsWith("/")) {
            target = page == null || page.url().isEmpty() ? target : resolve(page.url().get(), target).toString();
        }
        parsed(target).ifPresent(phone::run);
    }

    /**
     * A URL the phone cannot parse does nothing when its key or item is pressed. The SDK documents "Invalid URI"
     * only as an Execute answer; a press has no answer to carry it, and this model shows no error screen for it.
     */
    private static Optional<InternalUri> parsed(String url) {
        try {
            return Optional.of(InternalUri.parse(url));
        } catch (UriSyntaxException e) {
            return Optional.empty();
        }
    }

    private void keypad(String digit) {
        ShownPage page = phone.current();
        if (page == null || phone.callPlaneShown()) {
            return;
        }
        DisplayableObject o = page.object();
        if (o instanceof CiscoIPPhoneInput) {
            page.typeIntoSelected(digit);
        } else if (!menuItems(o).isEmpty() && Character.isDigit(digit.charAt(0))) {
            int n = Integer.parseInt(digit);
            int index = n == 0 ? 9 : n - 1;
            if (index < menuItems(o).size()) {
                page.select(index, rows(o));
                choose(menuItems(o).get(index));
            }
        }
    }

    private void nativeAction(SoftKeyUri.Action action) {
        ShownPage page = phone.current();
        if (page == null) {
            return;
        }
        switch (action) {
            case SELECT -> {
                if (phone.has(Deviation.SELECTS_NEXT_ITEM)) {
                    List<MenuItem> items = menuItems(page.object());
                    if (page.selected() + 1 < items.size()) {
                        choose(items.get(page.selected() + 1));
                        return;
                    }
                }
                selectedItem(page).ifPresent(this::choose);
            }
            case EXIT, BACK, CANCEL -> exit();
            case UPDATE -> {
                if (!phone.has(Deviation.IGNORES_UPDATE_SOFTKEY)) {
                    page.url().ifPresent(u -> phone.navigate(u, true, page.inheritedTitle()));
                }
            }
            case NEXT -> phone.refreshTarget(page).ifPresent(t ->
                    phone.navigate(t, page.url().map(t::equals).orElse(false), ""));
            case SUBMIT -> submit(page);
            case BACKSPACE -> page.backspaceSelected();
            case DIAL, EDIT_DIAL -> {
                if (page.object() instanceof CiscoIPPhoneDirectory d && !d.directoryEntries().isEmpty()) {
                    int entry = phone.has(Deviation.DIALS_FIRST_ENTRY) ? 0 : page.selected();
                    phone.dialled(d.directoryEntries().get(entry).telephone(),
                            action == SoftKeyUri.Action.DIAL ? "Dial" : "EditDial");
                }
            }
            default -> { }
        }
    }

    private void choose(MenuItem item) {
        String url = item.url();
        ShownPage page = phone.current();
        if (!url.contains(":") || url.startsWith("/")) {
            url = page.url().map(u -> resolve(u, item.url()).toString()).orElse(url);
        }
        Optional<InternalUri> parsed = parsed(url);
        if (parsed.isEmpty()) {
            return;
        }
        InternalUri uri = parsed.get();
        if (uri instanceof HttpUrl h) {
            phone.navigate(URI.create(h.url()), false, item.name() == null ? "" : item.name());
        } else {
            phone.run(uri);
        }
    }

    private void exit() {
        Optional<HistoryEntry> back = phone.urlHistory().exit();
        while (back.isPresent() && phone.has(Deviation.JUDGES_EXPIRES_AT_EXIT) && phone.expiredNow(back.get().url())) {
            back = phone.urlHistory().exit();
        }
        if (back.isPresent()) {
            phone.navigate(back.get().url(), false, "");
        } else {
            phone.closeApplication();
        }
    }

    private void submit(ShownPage page) {
        if (!(page.object() instanceof CiscoIPPhoneInput input)) {
            return;
        }
        StringJoiner query = new StringJoiner("&");
        List<String> values = page.inputValues();
        for (int i = 0; i < input.inputItems().size(); i++) {
            InputItem item = input.inputItems().get(i);
            String value = URLEncoder.encode(values.get(i), StandardCharsets.UTF_8);
            query.add(phone.has(Deviation.SUBMITS_VALUES_WITHOUT_NAMES) ? value
                    : item.queryStringParam() + "=" + value);
        }
        String base = page.url().map(u -> resolve(u, input.url()).toString()).orElse(input.url());
        phone.navigate(URI.create(new QueryStringParamUri(query.toString()).appendTo(base)), false, "");
    }

    private void init(InitUri.Target target) {
        switch (target) {
            case APP_STATUS -> {
                if (!phone.has(Deviation.IGNORES_INIT_APPSTATUS)) {
                    phone.clearStatus();
                }
            }
            case CALL_HISTORY -> { }
            default -> phone.closeApplication();
        }
    }

    /** A URL relative to the page's own URL (RFC 3986), as a browser resolves it. */
    private URI resolve(URI page, String url) {
        return phone.has(Deviation.RESOLVES_FROM_SERVER_ROOT) && !url.startsWith("/") && !url.contains(":")
                ? ServerRoot.resolve(page, url) : page.resolve(url);
    }

    private static Optional<MenuItem> selectedItem(ShownPage page) {
        if (page == null) {
            return Optional.empty();
        }
        List<MenuItem> items = menuItems(page.object());
        return page.selected() < items.size() ? Optional.of(items.get(page.selected())) : Optional.empty();
    }

    private static List<MenuItem> menuItems(DisplayableObject o) {
        if (o instanceof CiscoIPPhoneMenu m) {
            return m.menuItems();
        } else if (o instanceof CiscoIPPhoneIconMenu m) {
            return m.menuItems();
        } else if (o instanceof CiscoIPPhoneIconFileMenu m) {
            return m.menuItems();
        } else if (o instanceof CiscoIPPhoneGraphicMenu m) {
            return m.menuItems();
        } else if (o instanceof CiscoIPPhoneGraphicFileMenu m) {
            return m.menuItems();
        }
        return List.of();
    }

    private static int rows(DisplayableObject o) {
        if (o instanceof CiscoIPPhoneInput in) {
            return in.inputItems().size();
        } else if (o instanceof CiscoIPPhoneDirectory d) {
            return d.directoryEntries().size();
        }
        return menuItems(o).size();
    }
}
