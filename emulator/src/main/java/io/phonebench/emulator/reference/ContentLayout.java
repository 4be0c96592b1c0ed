package io.phonebench.emulator.reference;

import io.phonebench.emulator.deviation.Deviation;
import io.phonebench.emulator.reference.display.DisplayContent;
import io.phonebench.emulator.reference.display.DisplayContent.DisplayLine;
import io.phonebench.emulator.reference.display.DisplayContent.PlacedPicture;
import io.phonebench.emulator.reference.display.Picture;
import io.phonebench.emulator.reference.http.CharsetRules;
import io.phonebench.protocol.object.CiscoIPPhoneDirectory;
import io.phonebench.protocol.object.CiscoIPPhoneGraphicFileMenu;
import io.phonebench.protocol.object.CiscoIPPhoneGraphicMenu;
import io.phonebench.protocol.object.CiscoIPPhoneIconFileMenu;
import io.phonebench.protocol.object.CiscoIPPhoneIconMenu;
import io.phonebench.protocol.object.CiscoIPPhoneImage;
import io.phonebench.protocol.object.CiscoIPPhoneImageFile;
import io.phonebench.protocol.object.CiscoIPPhoneInput;
import io.phonebench.protocol.object.CiscoIPPhoneMenu;
import io.phonebench.protocol.object.CiscoIPPhoneText;
import io.phonebench.protocol.object.DisplayableObject;
import io.phonebench.protocol.object.IconItem;
import io.phonebench.protocol.object.InputItem;
import io.phonebench.protocol.object.MenuItem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Turns the shown page into {@link DisplayContent}: which title, rows and softkey labels the phone shows, with its
 * locale's glyph rules and its firmware's label truncation applied. File-based objects draw the PNGs fetched when
 * they were shown; a PNG the phone could not show leaves only title, prompt and items.
 */
final class ContentLayout {
    private final CharsetRules charset;
    private final int columns;
    private final int softkeySlots;
    private final boolean truncatesLabels;
    private final boolean showsPasswords;

    ContentLayout(CharsetRules charset, int columns, int softkeySlots, boolean truncatesLabels,
            boolean showsPasswords) {
        this.showsPasswords = showsPasswords;
        this.charset = charset;
        this.columns = columns;
        this.softkeySlots = Math.max(1, softkeySlots);
        this.truncatesLabels = truncatesLabels;
    }

    DisplayContent idle(Optional<ShownStatus> status, Instant now) {
        return DisplayContent.idle(status.map(s -> s.window(now, this::shown)), labels(List.of()));
    }

    /**
     * The call plane after a Dial: "Dialing" over the number dialled, with the status window and the call plane's
     * softkeys. Cisco documents the call (Notes 9.1.1, Dial URI) but no call plane layout; this layout is the model's
     * own, so on real phones the screen baselines, not these pixels, are the reference.
     */
    DisplayContent callPlane(String digits, Optional<ShownStatus> status, List<String> softkeyLabels, Instant now) {
        return new DisplayContent("Dialing", "", List.of(DisplayLine.of(shown(digits))), -1, 0, Optional.empty(),
                false, status.map(s -> s.window(now, this::shown)), softkeyLabels);
    }

    DisplayContent layout(ShownPage page, List<Softkey> softkeys, Optional<ShownStatus> status, Instant now) {
        DisplayableObject o = page.object();
        List<DisplayLine> lines = new ArrayList<>();
        Optional<PlacedPicture> bitmap = Optional.empty();
        int firstLine = 0;
        boolean clearPane = false;
        int selected = -1;
        String title = "";
        String prompt = "";
        if (o instanceof CiscoIPPhoneMenu m) {
            title = m.title();
            prompt = m.prompt();
            lines.addAll(numbered(m.menuItems()));
            selected = page.selected();
        } else if (o instanceof CiscoIPPhoneIconMenu m) {
            title = m.title();
            prompt = m.prompt();
            for (MenuItem item : m.menuItems()) {
                lines.add(new DisplayLine(shown(item.name()), icon(m.iconItems(), item.iconIndex())));
            }
            selected = page.selected();
        } else if (o instanceof CiscoIPPhoneText t) {
            title = t.title();
            prompt = t.prompt();
            wrap(shown(t.text())).forEach(l -> lines.add(DisplayLine.of(l)));
            firstLine = Math.min(page.firstLine(), Math.max(0, lines.size() - 1));
        } else if (o instanceof CiscoIPPhoneInput in) {
            title = in.title();
            prompt = in.prompt();
            List<String> values = page.inputValues();
            for (int i = 0; i < in.inputItems().size(); i++) {
                InputItem item = in.inputItems().get(i);
                // SDK, CiscoIPPhoneInput InputFlags: a "P" after the type marks a password field, shown masked
                boolean password = !showsPasswords && item.inputFlags() != null && item.inputFlags().password();
                String v = password ? "*".repeat(values.get(i).length()) : values.get(i);
                lines.add(DisplayLine.of(shown(item.displayName()) + ": " + shown(v)));
            }
            selected = page.selected();
        } else if (o instanceof CiscoIPPhoneDirectory d) {
            title = d.title();
            prompt = d.prompt();
            d.directoryEntries().forEach(e -> lines.add(DisplayLine.of(shown(e.name()) + " " + e.telephone())));
            selected = page.selected();
        } else if (o instanceof CiscoIPPhoneImage img) {
            bitmap = Picture.of(img.bitmap()).map(p -> PlacedPicture.at(p, img.locationX(), img.locationY()));
            clearPane = true;
        } else if (o instanceof CiscoIPPhoneGraphicMenu gm) {
            bitmap = Picture.of(gm.bitmap()).map(p -> PlacedPicture.at(p, gm.locationX(), gm.locationY()));
            clearPane = true;
        } else if (o instanceof CiscoIPPhoneImageFile f) {
            title = f.title();
            prompt = f.prompt();
            bitmap = page.pictures().main().map(p -> PlacedPicture.at(p, f.locationX(), f.locationY()));
        } else if (o instanceof CiscoIPPhoneGraphicFileMenu f) {
            title = f.title();
            prompt = f.prompt();
            bitmap = page.pictures().main().map(p -> PlacedPicture.at(p, f.locationX(), f.locationY()));
        } else if (o instanceof CiscoIPPhoneIconFileMenu f) {
            title = f.title();
            prompt = f.prompt();
            for (MenuItem item : f.menuItems()) {
                lines.add(new DisplayLine(shown(item.name()), item.iconIndex() == null ? Optional.empty()
                        : Optional.ofNullable(page.pictures().icons().get(item.iconIndex()))));
            }
            selected = page.selected();
        }
        String shownTitle = title == null || title.isEmpty() ? page.inheritedTitle() : title;
        return new DisplayContent(shown(nullToEmpty(shownTitle)), shown(nullToEmpty(prompt)), lines, selected,
                firstLine, bitmap, clearPane, status.map(s -> s.window(now, this::shown)), labels(softkeys));
    }

    /** Labels by slot 1..N as the firmware shows them. */
    List<String> labels(List<Softkey> softkeys) {
        String[] slots = new String[softkeySlots];
        Arrays.fill(slots, "");
        for (Softkey k : softkeys) {
            if (k.position() >= 1 && k.position() <= softkeySlots) {
                slots[k.position() - 1] = label(k.label());
            }
        }
        return List.of(slots);
    }

    private String label(String raw) {
        String l = shown(nullToEmpty(raw));
        return truncatesLabels && l.length() > Deviation.TRUNCATED_LABEL_CHARS
                ? l.substring(0, Deviation.TRUNCATED_LABEL_CHARS) : l;
    }

    private List<DisplayLine> numbered(List<MenuItem> items) {
        List<DisplayLine> lines = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            lines.add(DisplayLine.of((i + 1) + " " + shown(nullToEmpty(items.get(i).name()))));
        }
        return lines;
    }

    private List<String> wrap(String text) {
        List<String> out = new ArrayList<>();
        for (String paragraph : text.replace("\r\n", "\n").replace('\r', '\n').replace('\t', ' ').split("\n", -1)) {
            String rest = paragraph;
            while (rest.length() > columns) {
                int cut = rest.lastIndexOf(' ', columns);
                cut = cut <= 0 ? columns : cut;
                out.add(rest.substring(0, cut));
                rest = rest.substring(cut).stripLeading();
            }
            out.add(rest);
        }
        return out;
    }

    private String shown(String text) {
        return charset.displayable(nullToEmpty(text));
    }

    private static Optional<Picture> icon(List<IconItem> icons, Integer index) {
        return index == null ? Optional.empty() : icons.stream().filter(i -> i.index() == index)
                .map(IconItem::bitmap).filter(b -> b != null).findFirst().flatMap(Picture::of);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
