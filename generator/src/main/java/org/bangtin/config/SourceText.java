package org.bangtin.config;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;

import org.bangtin.diag.Diagnostics;

/** Decodes a content file as UTF-8, reporting the line of the first byte that is not UTF-8. */
public final class SourceText {
    private SourceText() {
    }

    /** The text with any byte order mark removed and line ends made '\n'; empty if not UTF-8. */
    public static Optional<String> decode(byte[] bytes, Path file, Diagnostics problems) {
        // The JDK's own decoding is several times faster than a CharsetDecoder loop, but replaces
        // bad bytes with U+FFFD instead of reporting them: a text without U+FFFD had none.
        String fast = new String(bytes, StandardCharsets.UTF_8);
        if (fast.indexOf('\uFFFD') < 0) {
            return Optional.of(normalized(fast));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int bad = in.position();
            problems.error(file, lineAt(bytes, bad),
                    "the file is not UTF-8 text (byte 0x" + String.format("%02X", bytes[bad] & 0xFF) + " at offset " + bad + ")",
                    "save the file as UTF-8 in your editor (Windows-1258 and TCVN3 files must be converted)");
            return Optional.empty();
        }
        decoder.flush(out);
        out.flip();
        return Optional.of(normalized(out.toString()));
    }

    /**
     * Whether the decoded text of {@code bytes}, if they are UTF-8, is exactly their decoding: no byte
     * order mark to remove and no '\r' to replace.
     */
    public static boolean isVerbatim(byte[] bytes) {
        if (bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF) {
            return false;
        }
        for (byte b : bytes) {
            if (b == '\r') {
                return false;
            }
        }
        return true;
    }

    /** The text without a byte order mark, and with '\n' line ends. */
    private static String normalized(String decoded) {
        String text = decoded.startsWith("\uFEFF") ? decoded.substring(1) : decoded;
        return text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static int lineAt(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
