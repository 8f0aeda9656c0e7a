package org.bangtin.attach;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.bangtin.content.Attachment;

/** The facts of every PDF a build publishes, by file, and what the build summary says of them. */
public final class PdfCatalog {
    public static final PdfCatalog EMPTY = new PdfCatalog(Map.of(), new Summary(0, 0, 0, List.of()));

    private final Map<Path, PdfFacts> bySource;
    private final Summary summary;

    PdfCatalog(Map<Path, PdfFacts> bySource, Summary summary) {
        this.bySource = Map.copyOf(bySource);
        this.summary = summary;
    }

    /**
     * What the build did with the PDFs.
     *
     * @param pdfs        distinct PDF files published
     * @param pages       their pages in all
     * @param reused      how many came from the cache rather than being read again
     * @param withoutText the PDFs without a text layer (scans), relative to the content folder
     */
    public record Summary(int pdfs, int pages, int reused, List<String> withoutText) {
        public Summary {
            withoutText = List.copyOf(withoutText);
        }
    }

    /** The facts of an attachment that is a PDF; empty for other files. */
    public Optional<PdfFacts> of(Attachment attachment) {
        return Optional.ofNullable(bySource.get(attachment.source()));
    }

    public Summary summary() {
        return summary;
    }
}
