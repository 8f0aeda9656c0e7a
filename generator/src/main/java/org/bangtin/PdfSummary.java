package org.bangtin;

import java.util.List;

/**
 * What a build did with the PDFs it publishes: read their text for search and drew a preview of
 * their first page, or took both from the cache.
 *
 * @param pdfs        distinct PDF files published
 * @param pages       their pages in all
 * @param reused      how many came from the cache, unchanged since an earlier build
 * @param withoutText the PDFs without a text layer (scans), relative to the content folder: found by
 *                    their notice's title and details only
 */
public record PdfSummary(int pdfs, int pages, int reused, List<String> withoutText) {
    public static final PdfSummary NONE = new PdfSummary(0, 0, 0, List.of());

    public PdfSummary {
        withoutText = List.copyOf(withoutText);
    }

    /**
     * The build summary's line: "3 PDFs, 41 pages (2 unchanged, from the cache); 1 without a text
     * layer, found by title and details only: tin/scan.pdf"; empty without PDFs.
     */
    public String line() {
        if (pdfs == 0) {
            return "";
        }
        StringBuilder line = new StringBuilder(count(pdfs, "PDF")).append(", ").append(count(pages, "page"));
        if (reused > 0) {
            line.append(" (").append(reused).append(" unchanged, from the cache)");
        }
        if (!withoutText.isEmpty()) {
            line.append("; ").append(withoutText.size()).append(" without a text layer, found by title and details only: ")
                    .append(String.join(", ", withoutText));
        }
        return line.toString();
    }

    private static String count(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
