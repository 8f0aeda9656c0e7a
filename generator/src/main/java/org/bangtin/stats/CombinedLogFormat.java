package org.bangtin.stats;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads lines of the Combined Log Format that nginx ({@code combined}) and Apache
 * ({@code %h %l %u %t "%r" %>s %b "%{Referer}i" "%{User-agent}i"}) write; the Common Log Format,
 * without referrer and user agent, is read too.
 */
final class CombinedLogFormat {
    /** A quoted field with backslash escapes, written so that a long field cannot overflow the regex stack. */
    private static final String QUOTED = "\"([^\"\\\\]*+(?:\\\\.[^\"\\\\]*+)*+)\"";
    private static final Pattern LINE = Pattern.compile(
            "(\\S+) \\S+ \\S+ \\[([^\\]]++)\\] " + QUOTED + " (\\d{3}) (?:\\d++|-)"
                    + "(?: " + QUOTED + " " + QUOTED + ")?.*");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MMM/uuuu:HH:mm:ss Z", Locale.ENGLISH)
            .withResolverStyle(ResolverStyle.STRICT);

    private CombinedLogFormat() {
    }

    /** The request on {@code line}; empty when the line is not in the format. */
    static Optional<LogLine> parse(String line) {
        Matcher matcher = LINE.matcher(line);
        if (!matcher.matches()) {
            return Optional.empty();
        }
        Instant time;
        try {
            time = OffsetDateTime.parse(matcher.group(2), TIME).toInstant();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
        String[] request = matcher.group(3).split(" ");
        boolean wellFormed = request.length == 3 && request[2].startsWith("HTTP/");
        String userAgent = matcher.group(6) == null ? "" : matcher.group(6);
        return Optional.of(new LogLine(matcher.group(1), time, wellFormed ? request[0] : "", wellFormed ? request[1] : "",
                Integer.parseInt(matcher.group(4)), userAgent));
    }
}
