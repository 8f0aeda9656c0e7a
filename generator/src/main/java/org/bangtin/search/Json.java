package org.bangtin.search;

/** The display record of a search result, as JSON (the export needs no JSON library for this). */
final class Json {
    /** Characters of a title a record keeps: records live in slots of one size, with a two-byte length. */
    static final int MAX_TITLE = 1000;

    private Json() {
    }

    private static String shortened(String text, int length) {
        if (text == null || text.length() <= length) {
            return text;
        }
        return text.substring(0, Character.isHighSurrogate(text.charAt(length - 1)) ? length - 1 : length) + "…";
    }

    /**
     * {u: url, t: title, d: date, y: year, c: category, k: type, n: number, s: text excerpt, x: 1 when
 * the notice is out of force ("Hết hiệu lực"), and
     * when its attachment's text is indexed, a: the attachment's name, ao and al: where its text
     * is in attachments.bin}. A notice without a text (a title and the signed PDF) has the start of
     * its attachment's text as its excerpt.
     *
     * @param attachmentPiece offset and length of the attachment's text, or null
     */
    static String record(SearchDocument d, int snippetLength, long[] attachmentPiece) {
        String summary = d.summary() == null ? "" : d.summary() + " ";
        // The text's start is all the excerpt can hold: reading a whole text for it was most of
        // what the export read of the texts.
        String snippet = summary.isBlank() && d.storedText().isBlank() ? d.attachmentText()
                : summary + d.storedText().readStart(snippetLength);
        if (snippet.length() > snippetLength) {
            snippet = snippet.substring(0, snippetLength);
        }
        StringBuilder json = new StringBuilder("{");
        field(json, "u", d.url()).append(',');
        field(json, "t", shortened(d.title(), MAX_TITLE)).append(',');
        field(json, "d", d.date()).append(',');
        json.append("\"y\":").append(d.year()).append(',');
        field(json, "c", d.category()).append(',');
        field(json, "k", d.type()).append(',');
        field(json, "n", d.number()).append(',');
        field(json, "s", snippet);
        if (d.expired()) {
            json.append(",\"x\":1"); // "Hết hiệu lực"
        }
        if (!d.attachmentText().isEmpty()) {
            field(json.append(','), "a", d.attachment());
            if (attachmentPiece != null) {
                json.append(",\"ao\":").append(attachmentPiece[0]).append(",\"al\":").append(attachmentPiece[1]);
            }
        }
        return json.append('}').toString();
    }

    private static StringBuilder field(StringBuilder json, String name, String value) {
        json.append('"').append(name).append("\":");
        if (value == null) {
            return json.append("null");
        }
        return string(json, value);
    }

    static StringBuilder string(StringBuilder json, String value) {
        json.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> json.append("\\\"");
                case '\\' -> json.append("\\\\");
                case '\n' -> json.append("\\n");
                case '\r' -> json.append("\\r");
                case '\t' -> json.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        json.append(String.format("\\u%04x", (int) c));
                    } else {
                        json.append(c);
                    }
                }
            }
        }
        return json.append('"');
    }
}
