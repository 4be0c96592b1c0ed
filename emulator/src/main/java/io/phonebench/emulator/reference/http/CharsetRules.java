package io.phonebench.emulator.reference.http;

import io.phonebench.emulator.catalog.PhoneModel;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How one model reads text (docs/http-interface-reference.md §2.2 Content-Type, §2.5 Encoding): a declared charset
 * must be one of
 * its Accept-Charset values; with none declared it uses its user locale's default encoding (ISO-8859-1 for en_US, the
 * only locale modelled); old models accept UTF-8 but display only characters of that encoding, showing
 * {@value #REPLACEMENT_GLYPH} for the rest.
 */
public final class CharsetRules {
    public static final char REPLACEMENT_GLYPH = '?';
    private static final Pattern XML_ENCODING =
            Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([^\"']+)[\"']");

    private final PhoneModel model;
    private final List<String> accepted;
    private final Charset localeDefault = StandardCharsets.ISO_8859_1;
    private final java.util.Set<io.phonebench.emulator.deviation.Deviation> deviations;

    public CharsetRules(PhoneModel model) {
        this(model, java.util.Set.of());
    }

    /** The rules as a firmware with these deviations applies them. */
    public CharsetRules(PhoneModel model, java.util.Set<io.phonebench.emulator.deviation.Deviation> deviations) {
        this.deviations = deviations;
        this.model = model;
        this.accepted = Arrays.stream(model.acceptCharset().split(","))
                .map(v -> v.split(";")[0].trim().toLowerCase(Locale.ROOT)).filter(v -> !v.isEmpty()).toList();
    }

    public List<String> accepted() {
        return accepted;
    }

    /**
     * The charset a body is decoded with: the declared one (Content-Type parameter, else for XML the declaration's
     * encoding) if the phone accepts it, the locale default if none is declared.
     *
     * @throws UnacceptableCharsetException when the declared charset is not one the phone accepts
     */
    public Charset decodingCharset(Optional<String> contentTypeCharset, byte[] body, boolean xml) {
        // HTTP's charset parameter governs over the document's own declaration (RFC 7303 §3.2, XML media types)
        Optional<String> declared = xml && deviations.contains(
                io.phonebench.emulator.deviation.Deviation.PREFERS_XML_DECLARATION)
                ? xmlDeclarationEncoding(body).or(() -> contentTypeCharset)
                : contentTypeCharset.or(() -> xml ? xmlDeclarationEncoding(body) : Optional.empty());
        if (declared.isEmpty()) {
            return deviations.contains(io.phonebench.emulator.deviation.Deviation.READS_MISSING_CHARSET_AS_UTF8)
                    ? StandardCharsets.UTF_8 : localeDefault;
        }
        String name = declared.get().trim().toLowerCase(Locale.ROOT);
        Optional<Charset> charset = lookup(name);
        if (charset.isEmpty() || accepted.stream().noneMatch(a -> lookup(a).equals(charset))) {
            throw new UnacceptableCharsetException(model.name() + " cannot read charset '" + declared.get()
                    + "': expected one of its Accept-Charset values " + accepted);
        }
        return charset.get();
    }

    /** Text as the model shows it: old models replace characters outside the locale encoding. */
    public String displayable(String text) {
        if (model.generation() != PhoneModel.Generation.CLASSIC_OLD
                || deviations.contains(io.phonebench.emulator.deviation.Deviation.SHOWS_GLYPHS_OUTSIDE_LOCALE)) {
            return text;
        }
        CharsetEncoder encoder = localeDefault.newEncoder();
        StringBuilder shown = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            shown.append(encoder.canEncode(ch) ? ch : String.valueOf(REPLACEMENT_GLYPH));
        });
        return shown.toString();
    }

    private static Optional<String> xmlDeclarationEncoding(byte[] body) {
        String head = new String(body, 0, Math.min(body.length, 200), StandardCharsets.ISO_8859_1);
        Matcher m = XML_ENCODING.matcher(head);
        return m.find() ? Optional.of(m.group(1)) : Optional.empty();
    }

    private static Optional<Charset> lookup(String name) {
        try {
            return Optional.of(Charset.forName(name));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }
}
