package io.phonebench.emulator.reference;

import io.phonebench.emulator.reference.display.DisplayContent;
import io.phonebench.emulator.reference.display.DisplayContent.DisplayLine;
import io.phonebench.emulator.reference.display.DisplayContent.PlacedBitmap;
import io.phonebench.emulator.reference.http.CharsetRules;
import io.phonebench.protocol.object.CipBitmap;
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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Turns the shown page into {@link DisplayContent}: which title, rows and softkey labels the phone shows, with its
 * locale's glyph rules and its firmware's label truncation applied. Objects without a drawing of their own here
 * (file-based PNG images are not fetched) show their title, prompt and items.
 */
final class ContentLayout {
    private final CharsetRules charset;
    private final int columns;
    private final int softkeySlots;
    private final boolean truncatesLabels;

    ContentLayout(CharsetRules charset, int columns, int softkeySlots, boolean truncatesLabels) {
        this.charset = charset;
        this.columns = columns;
        this.softkeySlots = Math.max(1, softkeySlots);
        this.truncatesLabels = truncatesLabels;
    }

    DisplayContent idle() {
        return DisplayContent.idle(labels(List.of()));
    }

    DisplayContent layout(ShownPage page, List<Softkey> softkeys) {
        DisplayableObject o = page.object();
        List<DisplayLine> lines = new ArrayList<>();
        Optional<PlacedBitmap> bitmap = Optional.empty();
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
        } else if (o instanceof CiscoIPPhoneInput in) {
            title = in.title();
            prompt = in.prompt();
            List<String> values = page.inputValues();
            for (int i = 0; i < in.inputItems().size(); i++) {
                InputItem item = in.inputItems().get(i);
                boolean password = item.inputFlags() != null && item.inputFlags().password();
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
            bitmap = Optional.of(placed(img.bitmap(), img.locationX(), img.locationY()));
            clearPane = true;
        } else if (o instanceof CiscoIPPhoneGraphicMenu gm) {
            bitmap = Optional.of(placed(gm.bitmap(), gm.locationX(), gm.locationY()));
            clearPane = true;
        } else if (o instanceof CiscoIPPhoneImageFile f) {
            title = f.title();
            prompt = f.prompt();
        } else if (o instanceof CiscoIPPhoneGraphicFileMenu f) {
            title = f.title();
            prompt = f.prompt();
        } else if (o instanceof CiscoIPPhoneIconFileMenu f) {
            title = f.title();
            prompt = f.prompt();
            lines.addAll(numbered(f.menuItems()));
            selected = page.selected();
        }
        String shownTitle = title == null || title.isEmpty() ? page.inheritedTitle() : title;
        return new DisplayContent(shown(nullToEmpty(shownTitle)), shown(nullToEmpty(prompt)), lines, selected,
                bitmap, clearPane, labels(softkeys));
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

    private static Optional<CipBitmap> icon(List<IconItem> icons, Integer index) {
        return index == null ? Optional.empty() : icons.stream().filter(i -> i.index() == index)
                .map(IconItem::bitmap).filter(b -> b != null).findFirst();
    }

    private static PlacedBitmap placed(CipBitmap bitmap, Integer x, Integer y) {
        return new PlacedBitmap(bitmap, x == null ? -1 : x, y == null ? -1 : y);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
