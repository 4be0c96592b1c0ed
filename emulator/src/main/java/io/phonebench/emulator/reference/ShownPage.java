package io.phonebench.emulator.reference;

import io.phonebench.emulator.reference.http.RefreshDirective;
import io.phonebench.protocol.object.CiscoIPPhoneInput;
import io.phonebench.protocol.object.DisplayableObject;
import io.phonebench.protocol.object.InputItem;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The service page on the display and what the user has done on it: the highlighted row and, for an Input, the
 * values typed so far. Replaced whole when another page is shown.
 */
final class ShownPage {
    private final DisplayableObject object;
    private final Optional<URI> url;
    private final Optional<RefreshDirective> refresh;
    private final String inheritedTitle;
    private final List<String> inputValues = new ArrayList<>();
    private int selected;
    private int firstLine;
    private PagePictures pictures = PagePictures.NONE;

    ShownPage(DisplayableObject object, Optional<URI> url, Optional<RefreshDirective> refresh,
            String inheritedTitle) {
        this.object = object;
        this.url = url;
        this.refresh = refresh;
        this.inheritedTitle = inheritedTitle;
        if (object instanceof CiscoIPPhoneInput input) {
            for (InputItem item : input.inputItems()) {
                inputValues.add(item.defaultValue() == null ? "" : item.defaultValue());
            }
        }
    }

    DisplayableObject object() {
        return object;
    }

    /** Where the page came from; empty for pushed objects. */
    Optional<URI> url() {
        return url;
    }

    Optional<RefreshDirective> refresh() {
        return refresh;
    }

    /** Name of the MenuItem chosen to get here: the title when the object has none (docs/xml-object-reference.md §2). */
    String inheritedTitle() {
        return inheritedTitle;
    }

    int selected() {
        return selected;
    }

    void select(int index, int rows) {
        selected = rows == 0 ? 0 : Math.max(0, Math.min(rows - 1, index));
    }

    /** First body line shown of a Text page, moved by NavUp/NavDwn. */
    int firstLine() {
        return firstLine;
    }

    void scrollTo(int line, int lastFirstLine) {
        firstLine = Math.max(0, Math.min(Math.max(0, lastFirstLine), line));
    }

    PagePictures pictures() {
        return pictures;
    }

    void pictures(PagePictures fetched) {
        pictures = fetched;
    }

    List<String> inputValues() {
        return List.copyOf(inputValues);
    }

    void setInput(int index, String value) {
        inputValues.set(index, value);
    }

    void typeIntoSelected(String chars) {
        if (selected < inputValues.size()) {
            inputValues.set(selected, inputValues.get(selected) + chars);
        }
    }

    void backspaceSelected() {
        if (selected < inputValues.size() && !inputValues.get(selected).isEmpty()) {
            String v = inputValues.get(selected);
            inputValues.set(selected, v.substring(0, v.length() - 1));
        }
    }
}
