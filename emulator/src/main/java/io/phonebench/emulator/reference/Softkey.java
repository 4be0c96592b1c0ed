package io.phonebench.emulator.reference;

/**
 * A softkey as the phone offers it: a custom SoftKeyItem or one of the phone's defaults.
 *
 * @param label    the label (before any firmware truncation)
 * @param url      what runs on release: a URL, an internal URI, or {@code SoftKey:<action>} for native keys
 * @param urlDown  internal URI run on press, or null
 * @param position 1-based slot; -1 for the Applications button
 */
public record Softkey(String label, String url, String urlDown, int position) {
}
