package org.bangtin.content;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document number in the form of Nghị định 30/2020/NĐ-CP: {@code <số>[/<năm>]/<ký hiệu>}, the
 * symbol being two or more abbreviations joined by '-': {@code 925/KH-UBND},
 * {@code 05/2019/QĐ-UBND}, and for a Công văn {@code 720/UBND-VP}.
 *
 * @param serial the number itself ("925")
 * @param year   the year part of legal documents ("2019"), or null
 * @param parts  the symbol's abbreviations ("KH", "UBND")
 */
public record DocumentNumber(String serial, String year, java.util.List<String> parts) {
    private static final Pattern FORM = Pattern.compile(
            "(\\d{1,6})(?:/(\\d{4}))?/([\\p{L}\\d.]+(?:-[\\p{L}\\d.]+)+)");
    /** The same form, found inside running text. */
    public static final Pattern IN_TEXT = Pattern.compile(
            "(?<![\\p{L}\\d/])\\d{1,6}(?:/\\d{4})?/\\p{Lu}[\\p{L}\\d.]*(?:-\\p{Lu}[\\p{L}\\d.]*)+(?![\\p{L}\\d])");

    public DocumentNumber {
        parts = java.util.List.copyOf(parts);
    }

    /** The number written in {@code text}, if it has the form. */
    public static Optional<DocumentNumber> parse(String text) {
        Matcher matcher = FORM.matcher(text.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        return Optional.of(new DocumentNumber(matcher.group(1), matcher.group(2),
                java.util.List.of(matcher.group(3).split("-"))));
    }

    /** The first abbreviation of the symbol: the type's ("KH"), or the issuer's for a Công văn. */
    public String firstAbbreviation() {
        return parts.get(0);
    }

    /** The number with its first abbreviation replaced, for hints. */
    public String withFirstAbbreviation(String abbreviation) {
        StringBuilder text = new StringBuilder(serial);
        if (year != null) {
            text.append('/').append(year);
        }
        text.append('/').append(abbreviation);
        parts.subList(1, parts.size()).forEach(p -> text.append('-').append(p));
        return text.toString();
    }
}
