package org.bangtin.render;

import java.net.URI;
import java.net.URISyntaxException;

/** Percent-encoding of URL paths made from file names ("Kế hoạch 925.pdf"). */
final class UrlEncoding {
    private UrlEncoding() {
    }

    /** Encodes each '/'-separated segment of {@code path}; non-ASCII letters become UTF-8 escapes. */
    static String encodePath(String path) {
        try {
            return new URI(null, null, path, null).toASCIIString();
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("cannot encode path " + path, e);
        }
    }
}
