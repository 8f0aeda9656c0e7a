package org.bangtin.text;

import java.util.Locale;

/**
 * URL slugs from Vietnamese titles: "Thực hiện công tác bình đẳng giới" becomes
 * "thuc-hien-cong-tac-binh-dang-gioi".
 */
public final class Slugs {
    /** Default cap on a slug's length; long official titles would otherwise make unwieldy URLs. */
    public static final int DEFAULT_MAX_LENGTH = 80;

    private Slugs() {
    }

    public static String slugify(String text) {
        return slugify(text, DEFAULT_MAX_LENGTH);
    }

    /**
     * Folds, lower-cases and joins the words with hyphens. A slug longer than {@code maxLength}
     * is cut at the last whole word that fits. Returns "" when the text has no letters or digits.
     */
    public static String slugify(String text, int maxLength) {
        String folded = Folding.fold(text).toLowerCase(Locale.ROOT);
        StringBuilder slug = new StringBuilder(folded.length());
        boolean pendingHyphen = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (pendingHyphen && slug.length() > 0) {
                    slug.append('-');
                }
                slug.append(c);
                pendingHyphen = false;
            } else {
                pendingHyphen = true;
            }
        }
        return cut(slug.toString(), maxLength);
    }

    private static String cut(String slug, int maxLength) {
        if (slug.length() <= maxLength) {
            return slug;
        }
        int lastHyphen = slug.lastIndexOf('-', maxLength);
        return lastHyphen > 0 ? slug.substring(0, lastHyphen) : slug.substring(0, maxLength);
    }
}
