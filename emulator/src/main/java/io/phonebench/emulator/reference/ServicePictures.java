package io.phonebench.emulator.reference;

import io.phonebench.emulator.catalog.PhoneModel;
import io.phonebench.emulator.reference.display.Picture;
import io.phonebench.protocol.object.CiscoIPPhoneGraphicFileMenu;
import io.phonebench.protocol.object.CiscoIPPhoneIconFileMenu;
import io.phonebench.protocol.object.CiscoIPPhoneImageFile;
import io.phonebench.protocol.object.CiscoIPPhoneStatusFile;
import io.phonebench.protocol.object.DisplayableObject;
import io.phonebench.protocol.object.IconItem;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * Fetches the PNGs a file-based object names when the phone shows it (docs/xml-object-reference.md §2.1): the GET
 * carries the
 * phone's headers and cookies like any other and shows in the request log. What the phone cannot show is recorded
 * as a problem and left out: PNGs on models without an XML image area, colour PNGs on models that show only grey
 * (7940/7960/7941/7961: grey CIP or grey PNG instead), icons over 18x18, undecodable or oversized files.
 */
final class ServicePictures {
    static final int MAX_ICON_SIDE = 18;

    private final PageLoader loader;
    private final PhoneModel model;
    private final BiConsumer<URI, String> problems;

    ServicePictures(PageLoader loader, PhoneModel model, BiConsumer<URI, String> problems) {
        this.loader = loader;
        this.model = model;
        this.problems = problems;
    }

    /** Whether {@link #fetch} has anything to fetch for {@code object}: only the *File objects name pictures. */
    static boolean fetches(DisplayableObject object) {
        return object instanceof CiscoIPPhoneImageFile || object instanceof CiscoIPPhoneGraphicFileMenu
                || object instanceof CiscoIPPhoneStatusFile || object instanceof CiscoIPPhoneIconFileMenu;
    }

    PagePictures fetch(DisplayableObject object, Optional<URI> base) {
        if (object instanceof CiscoIPPhoneImageFile f) {
            return new PagePictures(picture(f.url(), base, f.rootName(), Integer.MAX_VALUE), Map.of());
        }
        if (object instanceof CiscoIPPhoneGraphicFileMenu f) {
            return new PagePictures(picture(f.url(), base, f.rootName(), Integer.MAX_VALUE), Map.of());
        }
        if (object instanceof CiscoIPPhoneStatusFile f) {
            return new PagePictures(picture(f.url(), base, f.rootName(), Integer.MAX_VALUE), Map.of());
        }
        if (object instanceof CiscoIPPhoneIconFileMenu f) {
            Map<Integer, Picture> icons = new HashMap<>();
            for (IconItem icon : f.iconItems()) {
                picture(icon.url(), base, f.rootName() + " IconItem " + icon.index(), MAX_ICON_SIDE)
                        .ifPresent(p -> icons.put(icon.index(), p));
            }
            return new PagePictures(Optional.empty(), icons);
        }
        return PagePictures.NONE;
    }

    private Optional<Picture> picture(String url, Optional<URI> base, String where, int maxSide) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        URI target;
        try {
            target = base.map(b -> b.resolve(url.strip())).orElseGet(() -> URI.create(url.strip()));
        } catch (IllegalArgumentException e) {
            problems.accept(base.orElse(URI.create("")), where + ": expected a PNG URL, saw '" + url + "'");
            return Optional.empty();
        }
        if (model.display().isEmpty()) {
            problems.accept(target, where + ": " + model.name() + " has no XML image area; " + target
                    + " not fetched");
            return Optional.empty();
        }
        PageLoad load = loader.loadPng(target);
        if (load instanceof PageLoad.Refused r) {
            problems.accept(target, where + ": " + r.reason());
            return Optional.empty();
        }
        Picture picture;
        try {
            picture = PngDecoder.decode(target, ((PageLoad.Png) load).png());
        } catch (PngDecoder.RefusedPng e) {
            problems.accept(target, where + ": " + e.getMessage());
            return Optional.empty();
        }
        if (picture.width() > maxSide || picture.height() > maxSide) {
            problems.accept(target, where + ": expected at most " + maxSide + "x" + maxSide + " pixels, saw "
                    + picture.width() + "x" + picture.height() + " in " + target);
            return Optional.empty();
        }
        if (!model.colourPng() && !picture.grey()) {
            problems.accept(target, where + ": " + model.name() + " shows no colour PNG: expected a greyscale PNG"
                    + " or a CIP image, saw colour pixels in " + target);
            return Optional.empty();
        }
        return Optional.of(picture);
    }
}
