package org.bangtin.serve;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Maps the raw path of a request ({@code /2019/03/ke-hoach/}) to a file under the site's root,
 * refusing anything that could reach outside it: {@code ..} and {@code .} segments, plain or
 * percent-encoded; backslashes and NUL; malformed escapes and UTF-8; hidden names (such as the
 * site's marker file); and symbolic links whose real target is outside the root.
 */
public final class RequestPaths {
    private RequestPaths() {
    }

    /**
     * The file or folder that {@code rawPath} names under {@code root}, if it exists and is safe
     * to serve; empty otherwise. {@code root} must be a real path ({@link Path#toRealPath}).
     */
    public static Optional<Path> resolve(Path root, String rawPath) {
        Optional<List<String>> segments = segments(rawPath);
        if (segments.isEmpty()) {
            return Optional.empty();
        }
        Path file = root;
        for (String segment : segments.get()) {
            file = file.resolve(segment);
        }
        if (!file.normalize().startsWith(root)) {
            return Optional.empty();
        }
        try {
            Path real = file.toRealPath();
            return real.startsWith(root) ? Optional.of(real) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The decoded, checked segments of a request path; empty when the path is refused. */
    static Optional<List<String>> segments(String rawPath) {
        if (rawPath == null || !rawPath.startsWith("/")) {
            return Optional.empty();
        }
        List<String> segments = new ArrayList<>();
        for (String raw : rawPath.substring(1).split("/", -1)) {
            if (raw.isEmpty()) {
                continue;
            }
            Optional<String> segment = decode(raw);
            if (segment.isEmpty() || !allowed(segment.get())) {
                return Optional.empty();
            }
            segments.add(segment.get());
        }
        return Optional.of(segments);
    }

    private static boolean allowed(String segment) {
        return !segment.startsWith(".") && segment.chars().noneMatch(c -> c == '/' || c == '\\' || c == ':' || c < 0x20);
    }

    /** Strict percent-decoding as UTF-8; '+' stays '+'. */
    private static Optional<String> decode(String raw) {
        if (raw.indexOf('%') < 0) {
            return Optional.of(raw);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c != '%') {
                bytes.writeBytes(String.valueOf(c).getBytes(StandardCharsets.UTF_8));
                continue;
            }
            if (i + 2 >= raw.length()) {
                return Optional.empty();
            }
            int high = Character.digit(raw.charAt(i + 1), 16);
            int low = Character.digit(raw.charAt(i + 2), 16);
            if (high < 0 || low < 0) {
                return Optional.empty();
            }
            bytes.write(high * 16 + low);
            i += 2;
        }
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }
}
