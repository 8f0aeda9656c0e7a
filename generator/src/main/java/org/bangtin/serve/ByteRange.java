package org.bangtin.serve;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One byte range of a file, as a {@code Range: bytes=...} request header asks for it (RFC 9110):
 * {@code first-last}, {@code first-} or {@code -suffixLength}. The search page reads its packed
 * index files so, as it does from any static web server. Several ranges in one header are not
 * supported: the whole file is sent instead, which the RFC allows.
 *
 * @param first the first byte
 * @param last  the last byte, inclusive
 */
record ByteRange(long first, long last) {
    private static final Pattern SINGLE = Pattern.compile("bytes=(\\d*)-(\\d*)");

    /** What the request asks of a file of {@code length} bytes. */
    sealed interface Request permits Whole, Part, Unsatisfiable {
    }

    /** No range, or one the server may ignore: send the whole file. */
    record Whole() implements Request {
    }

    /** Send this part with 206. */
    record Part(ByteRange range) implements Request {
    }

    /** A range that starts past the end: 416. */
    record Unsatisfiable() implements Request {
    }

    long length() {
        return last - first + 1;
    }

    static Request of(String header, long length) {
        if (header == null) {
            return new Whole();
        }
        Matcher m = SINGLE.matcher(header.trim());
        if (!m.matches() || (m.group(1).isEmpty() && m.group(2).isEmpty())) {
            return new Whole();
        }
        try {
            if (m.group(1).isEmpty()) {
                long suffix = Long.parseLong(m.group(2));
                return suffix == 0 || length == 0 ? new Unsatisfiable()
                        : new Part(new ByteRange(Math.max(0, length - suffix), length - 1));
            }
            long first = Long.parseLong(m.group(1));
            long last = m.group(2).isEmpty() ? length - 1 : Math.min(Long.parseLong(m.group(2)), length - 1);
            if (first >= length) {
                return new Unsatisfiable();
            }
            return first > last ? new Whole() : new Part(new ByteRange(first, last));
        } catch (NumberFormatException tooLong) {
            return new Whole();
        }
    }
}
