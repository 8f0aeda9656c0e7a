package org.bangtin.serve;

import java.nio.charset.StandardCharsets;

/** The page the preview server shows instead of the site while the content has errors. */
final class ErrorPage {
    private ErrorPage() {
    }

    static byte[] html(String problems) {
        String page = "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>bangtin: build failed</title>"
                + "</head>\n<body><h1>The site has errors</h1>\n<p>Fix them and reload the page.</p>\n<pre>"
                + escape(problems) + "</pre>\n</body></html>\n";
        return page.getBytes(StandardCharsets.UTF_8);
    }

    private static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
