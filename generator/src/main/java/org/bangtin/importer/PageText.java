package org.bangtin.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Reads a saved page's bytes as text. The charset is the one the page declares (UTF-8 when it
 * declares none); a page that declares none and is not UTF-8 is read as windows-1258 when that
 * gives Vietnamese letters, else as windows-1252, and a note says so. Text is composed (NFC):
 * windows-1258 writes most Vietnamese letters as a base letter and a combining tone mark, which
 * would otherwise reach titles, slugs and search as two characters.
 */
final class PageText {
    private static final Charset VIETNAMESE = Charset.forName("windows-1258");
    private static final Charset WESTERN = Charset.forName("windows-1252");
    /** Letters only Vietnamese uses, once composed. */
    private static final Pattern VIETNAMESE_LETTERS = Pattern.compile("[ăắằẳẵặơớờởỡợưứừửữựđạảấầẩẫậẹẻẽếềểễệịỉọỏốồổỗộụủ]",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private PageText() {
    }

    /** The page of {@code bytes}, its text composed; {@code notes} learns of a guessed charset. */
    static Document parse(byte[] bytes, List<String> notes) throws IOException {
        Document document = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
        Charset charset = document.charset();
        if (charset.equals(StandardCharsets.UTF_8) && !isUtf8(bytes)) {
            String vietnamese = Normalizer.normalize(new String(bytes, VIETNAMESE), Normalizer.Form.NFC);
            boolean isVietnamese = VIETNAMESE_LETTERS.matcher(vietnamese).find();
            notes.add("the page is not UTF-8 and declares no charset: read as " + (isVietnamese ? "windows-1258" : "windows-1252")
                    + "; check its text");
            return Jsoup.parse(isVietnamese ? vietnamese
                    : Normalizer.normalize(new String(bytes, WESTERN), Normalizer.Form.NFC), "");
        }
        if (charset.equals(StandardCharsets.UTF_8) && !hasCombiningMarks(bytes)) {
            return document;
        }
        String html = new String(bytes, charset).replaceFirst("^\uFEFF", "");
        return Normalizer.isNormalized(html, Normalizer.Form.NFC) ? document
                : Jsoup.parse(Normalizer.normalize(html, Normalizer.Form.NFC), "");
    }

    /** Whether UTF-8 bytes may hold combining diacritical marks (U+0300 to U+036F begin with 0xCC or 0xCD). */
    private static boolean hasCombiningMarks(byte[] bytes) {
        for (byte b : bytes) {
            if (b == (byte) 0xCC || b == (byte) 0xCD) {
                return true;
            }
        }
        return false;
    }

    private static boolean isUtf8(byte[] bytes) {
        try {
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
