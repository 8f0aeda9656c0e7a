package org.bangtin.render;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a body's link and image addresses are to the published page: the schemes it keeps, and
 * the addresses that only make sense on the editor's own computer. One definition for the
 * shortcut past the sanitizer ({@link SanitizedForm}) and for the problems told to the editor
 * ({@link LinkRewriter}), so that what is reported as removed is what the sanitizer removes.
 */
final class Addresses {
    /** The schemes {@link HtmlSanitizer} keeps in a link's href. */
    static final Set<String> LINK_SCHEMES = Set.of("http", "https", "mailto", "ftp", "tel");
    /** The schemes it keeps in an image's src. */
    static final Set<String> IMAGE_SCHEMES = Set.of("http", "https");
    /** "C:\...", "C:/...": a Windows drive, which is also a valid scheme to URL parsers. */
    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:[\\\\/].*", Pattern.DOTALL);

    private Addresses() {
    }

    /**
     * The scheme of {@code address} in lower case ("https"), or "" when it has none: a relative
     * address, "/...", "#..." or "?..." (a ':' after the first '/', '?' or '#' is no scheme's).
     */
    static String scheme(String address) {
        for (int i = 0; i < address.length(); i++) {
            char c = address.charAt(i);
            if (c == '/' || c == '?' || c == '#') {
                return "";
            }
            if (c == ':') {
                return address.substring(0, i).toLowerCase(Locale.ROOT);
            }
        }
        return "";
    }

    /**
     * Whether {@code address} names a file on the editor's computer or network ("C:\Users\...",
     * "file:///C:/...", "\\may-chu\chia-se\..."): it works in the editor's own browser, never on
     * the site.
     */
    static boolean onComputer(String address) {
        return DRIVE.matcher(address).matches() || address.startsWith("\\") || "file".equals(scheme(address));
    }
}
