package io.phonebench.protocol.object;

import io.phonebench.protocol.uri.InternalUri;
import io.phonebench.protocol.uri.UriSyntaxException;
import java.util.ArrayList;
import java.util.List;

/**
 * The URIs an object carries (ExecuteItem, MenuItem and SoftKeyItem URLs, and the HTTP URLs of image files and
 * input forms), parsed with the same rules a phone
 * runs them by. A phone accepts the object and answers each bad URI on its own ("Invalid URI", Status 1, for an
 * Execute), so these are problems for an author ({@code phonebench validate}), not reasons to refuse the object.
 */
final class UriRules {
    private final String root;
    private final List<ObjectProblem> problems = new ArrayList<>();

    private UriRules(String root) {
        this.root = root;
    }

    static List<ObjectProblem> check(CiscoIPPhoneObject object) {
        UriRules rules = new UriRules(object.rootName());
        if (object instanceof CiscoIPPhoneExecute e) {
            for (int n = 0; n < e.executeItems().size(); n++) {
                rules.uri(rules.item(ExecuteItem.ELEMENT, n), e.executeItems().get(n).url());
            }
        }
        if (object instanceof CiscoIPPhoneImageFile f) {
            rules.http(rules.root + "/URL", f.url());
        } else if (object instanceof CiscoIPPhoneGraphicFileMenu g) {
            rules.http(rules.root + "/URL", g.url());
        } else if (object instanceof CiscoIPPhoneStatusFile f) {
            rules.http(rules.root + "/URL", f.url());
        } else if (object instanceof CiscoIPPhoneInput i) {
            rules.http(rules.root + "/URL", i.url());
        }
        List<MenuItem> menu = menuItems(object);
        for (int n = 0; n < menu.size(); n++) {
            rules.uri(rules.item(MenuItem.ELEMENT, n) + "/URL", menu.get(n).url());
        }
        if (object instanceof DisplayableObject d) {
            for (int n = 0; n < d.softKeyItems().size(); n++) {
                SoftKeyItem k = d.softKeyItems().get(n);
                rules.uri(rules.item(SoftKeyItem.ELEMENT, n) + "/URL", k.url());
                rules.uri(rules.item(SoftKeyItem.ELEMENT, n) + "/URLDown", k.urlDown());
            }
        }
        return List.copyOf(rules.problems);
    }

    private static List<MenuItem> menuItems(CiscoIPPhoneObject object) {
        if (object instanceof CiscoIPPhoneMenu m) {
            return m.menuItems();
        } else if (object instanceof CiscoIPPhoneGraphicMenu m) {
            return m.menuItems();
        } else if (object instanceof CiscoIPPhoneGraphicFileMenu m) {
            return m.menuItems();
        } else if (object instanceof CiscoIPPhoneIconMenu m) {
            return m.menuItems();
        } else if (object instanceof CiscoIPPhoneIconFileMenu m) {
            return m.menuItems();
        }
        return List.of();
    }

    /** Empty URLs are {@link Validation}'s to report; here only what is written and does not parse. */
    private void uri(String path, String uri) {
        if (uri == null || uri.isBlank()) {
            return;
        }
        try {
            InternalUri.parse(uri);
        } catch (UriSyntaxException e) {
            problems.add(new ObjectProblem(path, e.getMessage()));
        }
    }

    /** Where the phone fetches an image or sends input: an HTTP(S) URL only. */
    private void http(String path, String url) {
        if (url == null || url.isBlank()) {
            return;
        }
        try {
            if (!InternalUri.parse(url).isHttp()) {
                problems.add(new ObjectProblem(path, "'" + url + "': expected an http(s) URL the phone fetches"));
            }
        } catch (UriSyntaxException e) {
            problems.add(new ObjectProblem(path, e.getMessage()));
        }
    }

    private String item(String element, int zeroBasedIndex) {
        return root + "/" + element + "[" + (zeroBasedIndex + 1) + "]";
    }
}
