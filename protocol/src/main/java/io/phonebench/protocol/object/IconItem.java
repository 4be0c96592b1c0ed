package io.phonebench.protocol.object;

import io.phonebench.protocol.xml.XmlElement;
import io.phonebench.protocol.xml.XmlWriter;
import java.util.List;

/**
 * An icon that MenuItems refer to by {@code IconIndex}: a CIP bitmap in CiscoIPPhoneIconMenu ({@code url} null),
 * a PNG URL in CiscoIPPhoneIconFileMenu ({@code bitmap} null).
 */
public record IconItem(int index, CipBitmap bitmap, String url) {
    static final String ELEMENT = "IconItem";

    public static IconItem bitmap(int index, CipBitmap bitmap) {
        return new IconItem(index, bitmap, null);
    }

    public static IconItem file(int index, String url) {
        return new IconItem(index, null, url);
    }

    static List<IconItem> readBitmaps(ElementReader parent) {
        return parent.all(ELEMENT).stream().map(IconItem::readBitmap).toList();
    }

    static List<IconItem> readFiles(ElementReader parent) {
        return parent.all(ELEMENT).stream().map(IconItem::readFile).toList();
    }

    private static IconItem readBitmap(XmlElement e) {
        ElementReader r = ElementReader.of(e, List.of("Index", "Height", "Width", "Depth", "Data"), List.of(),
                List.of());
        return bitmap(r.requiredInt("Index"), CipBitmap.read(r));
    }

    private static IconItem readFile(XmlElement e) {
        ElementReader r = ElementReader.of(e, List.of("Index", "URL"), List.of(), List.of());
        return file(r.requiredInt("Index"), r.requiredUrl("URL"));
    }

    static void writeAll(XmlWriter w, List<IconItem> items) {
        items.forEach(i -> i.write(w));
    }

    private void write(XmlWriter w) {
        w.start(ELEMENT).element("Index", index);
        if (bitmap != null) {
            w.element("Height", bitmap.height()).element("Width", bitmap.width())
                    .element("Depth", bitmap.depth()).element("Data", bitmap.data());
        }
        w.element("URL", url).end(ELEMENT);
    }
}
