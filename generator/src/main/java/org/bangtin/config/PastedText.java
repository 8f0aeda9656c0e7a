package org.bangtin.config;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Invisible characters that text pasted from Word, Zalo or Facebook brings into YAML, made into
 * what the editor meant. Zero-width characters are removed: YAML takes them for letters, so
 * "\u200Btitle" is an unknown field and "2024-05-03\u200B" no date, though both look right. A
 * non-breaking space where YAML needs a space (after a field's colon, in an indentation or after
 * a list's '-') becomes one; between two words it stays, as it may be meant there.
 */
final class PastedText {
    /** Zero-width space, left-to-right and right-to-left marks, word joiner, zero-width no-break space. */
    private static final Pattern ZERO_WIDTH = Pattern.compile("[\u200B\u200E\u200F\u2060\uFEFF]");
    /** A line's indentation and list dashes, then a field name's colon, when either holds a no-break space. */
    private static final Pattern STRUCTURE = Pattern.compile("(?m)^([ \t\u00A0]*(?:-[ \t\u00A0]+)*)(?:([^:\"'#\n]*):(\u00A0+))?");

    private PastedText() {
    }

    /** {@code yaml} with zero-width characters removed and structural no-break spaces made spaces; lines stay lines. */
    static String clean(String yaml) {
        String text = mayHoldZeroWidth(yaml) ? ZERO_WIDTH.matcher(yaml).replaceAll("") : yaml;
        if (text.indexOf('\u00A0') < 0) {
            return text;
        }
        Matcher m = STRUCTURE.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (m.find()) {
            String key = m.group(2) == null ? "" : m.group(2) + ":" + spaces(m.group(3));
            m.appendReplacement(out, Matcher.quoteReplacement(spaces(m.group(1)) + key));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** A look at each character before the pattern's: the pattern alone took a third of reading front matter. */
    private static boolean mayHoldZeroWidth(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\u200B' && (c <= '\u200F' || c == '\u2060' || c == '\uFEFF')) {
                return true;
            }
        }
        return false;
    }

    /** A value without the blanks around it, no-break spaces included ({@link String#strip} keeps them). */
    static String strip(String value) {
        int start = 0;
        int end = value.length();
        while (start < end && isBlank(value.charAt(start))) {
            start++;
        }
        while (end > start && isBlank(value.charAt(end - 1))) {
            end--;
        }
        return value.substring(start, end);
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static String spaces(String run) {
        return run.replace('\u00A0', ' ');
    }
}
