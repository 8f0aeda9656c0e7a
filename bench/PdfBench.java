import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.bangtin.BuildRequest;
import org.bangtin.BuildResult;
import org.bangtin.SiteBuilder;
import org.bangtin.TestPdfs;

/**
 * What attached PDFs cost (run by bench/pdf.sh): time per page to read the text and to draw the
 * first-page preview, cold and warm; a build's 'pdf' phase with an empty and with a filled cache;
 * and the search files added per MB of PDF, on a generated corpus whose every tenth notice is a
 * title and a PDF of its text, against the same corpus with scans (no text) in their place.
 */
public class PdfBench {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Path corpus = Path.of(args[1]);
        int pages = Integer.parseInt(args[2]);
        timePages(out, corpus, pages);
        if (args.length < 4 || !args[3].equals("--times-only")) {
            indexSize(out, corpus);
        }
    }

    private static void timePages(Path out, Path corpus, int pages) throws Exception {
        List<String> texts = bodies(corpus, pages);
        byte[] pdf = TestPdfs.text(texts.toArray(String[]::new));
        int realPages;
        try (PDDocument d = Loader.loadPDF(pdf)) {
            realPages = d.getNumberOfPages();
        }
        System.out.printf("PDF: %d pages, %.1f KB%n", realPages, pdf.length / 1024.0);
        for (int round = 1; round <= 5; round++) {
            long t0 = System.nanoTime();
            int chars;
            try (PDDocument d = Loader.loadPDF(pdf)) {
                chars = new PDFTextStripper().getText(d).length();
            }
            long t1 = System.nanoTime();
            try (PDDocument d = Loader.loadPDF(pdf)) {
                float scale = 480 / d.getPage(0).getCropBox().getWidth();
                PDFRenderer renderer = new PDFRenderer(d);
                renderer.setSubsamplingAllowed(true);
                BufferedImage image = renderer.renderImage(0, scale, ImageType.RGB);
                javax.imageio.ImageIO.write(image, "png", java.io.OutputStream.nullOutputStream());
            }
            long t2 = System.nanoTime();
            System.out.printf("round %d (%s JVM): text %.2f ms/page (%d chars), first-page preview %.1f ms%n", round,
                    round == 1 ? "cold" : "warm", (t1 - t0) / 1e6 / realPages, chars, (t2 - t1) / 1e6);
        }
        Path content = out.resolve("one-pdf");
        Files.createDirectories(content.resolve("kh"));
        Files.write(content.resolve("kh/ke-hoach.pdf"), pdf);
        Files.writeString(content.resolve("kh/index.md"),
                "---\ntitle: \"Kế hoạch\"\ndate: 2024-04-02\nauthor: \"A\"\nattachments: [ke-hoach.pdf]\n---\n");
        Path cache = out.resolve("one-pdf-cache");
        for (String run : List.of("empty cache", "empty cache", "empty cache", "filled cache", "filled cache")) {
            if (run.startsWith("empty")) {
                deleteTree(cache);
            }
            BuildResult r = SiteBuilder.create().build(BuildRequest.builder().contentDir(content)
                    .outputDir(out.resolve("one-pdf-site")).cacheDir(cache).build());
            long ms = r.phaseTimes().get("pdf").toMillis();
            System.out.printf("build, %s: pdf phase %d ms (%.2f ms/page), %s%n", run, ms, (double) ms / realPages, r.pdfs().line());
        }
    }

    /** Bodies of the corpus's notices, one per page. */
    private static List<String> bodies(Path corpus, int count) throws IOException {
        List<String> texts = new ArrayList<>();
        for (Path notice : notices(corpus)) {
            if (texts.size() == count) {
                break;
            }
            String text = pdfText(Files.readString(notice));
            texts.add(text.substring(0, Math.min(text.length(), 2500)));
        }
        return texts;
    }

    private static void indexSize(Path out, Path corpus) throws Exception {
        Path withText = copyWithPdfs(corpus, out.resolve("corpus-text"), true);
        Path withScans = copyWithPdfs(corpus, out.resolve("corpus-scans"), false);
        long pdfBytes = 0;
        int pdfPages = 0;
        long chars = 0;
        try (Stream<Path> files = Files.walk(withText)) {
            for (Path pdf : files.filter(f -> f.toString().endsWith(".pdf")).toList()) {
                pdfBytes += Files.size(pdf);
                try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
                    pdfPages += d.getNumberOfPages();
                    chars += new PDFTextStripper().getText(d).length();
                }
            }
        }
        long[] a = build(withText, out.resolve("site-text"));
        long[] b = build(withScans, out.resolve("site-scans"));
        double mb = pdfBytes / (1024.0 * 1024.0);
        System.out.printf("corpus: %d PDFs' text, %.2f MB of PDF, %d pages, %d characters%n", PDF_NOTICES, mb, pdfPages, chars);
        System.out.printf("with PDF text:    Lucene index %,d B, static export %,d B (attachments.bin %,d B)%n", a[0], a[1], a[2]);
        System.out.printf("with scans:       Lucene index %,d B, static export %,d B%n", b[0], b[1]);
        System.out.printf("added per MB of PDF: Lucene %.0f KB, static export %.0f KB (without a/: %.0f KB)%n",
                (a[0] - b[0]) / 1024.0 / mb, (a[1] - b[1]) / 1024.0 / mb, (a[1] - a[2] - b[1]) / 1024.0 / mb);
        System.out.printf("added per 100 pages: Lucene %.0f KB, static export %.0f KB%n",
                (a[0] - b[0]) / 1024.0 / pdfPages * 100, (a[1] - b[1]) / 1024.0 / pdfPages * 100);
    }

    static final int PDF_NOTICES = 200;

    /** A copy of the corpus whose every tenth notice is its title and a PDF: of its text, or a scan. */
    private static Path copyWithPdfs(Path corpus, Path copy, boolean text) throws IOException {
        deleteTree(copy);
        List<Path> notices = notices(corpus);
        int step = notices.size() / PDF_NOTICES;
        for (int i = 0; i < notices.size(); i++) {
            Path target = copy.resolve(corpus.relativize(notices.get(i)).toString());
            Files.createDirectories(target.getParent());
            String source = Files.readString(notices.get(i));
            if (i % step != 0 || i / step >= PDF_NOTICES) {
                Files.writeString(target, source);
                continue;
            }
            int end = source.indexOf("\n---\n", 3);
            String pdf = target.getFileName().toString().replace(".md", ".pdf");
            Files.write(target.resolveSibling(pdf), text ? TestPdfs.text(pdfText(source)) : TestPdfs.scan());
            Files.writeString(target, source.substring(0, end) + "\nattachments: [\"" + pdf + "\"]\n---\n");
        }
        return copy;
    }

    /** The body as a PDF shows it: no Markdown marks, only what the font draws. */
    private static String pdfText(String source) {
        return source.substring(source.indexOf("\n---\n", 3) + 5).replaceAll("\\*\\*|(?m)^- |(?m)^#+ ", "")
                .replaceAll("[^\\p{L}\\p{M}\\p{N}\\s.,;:()/%-]", " ").strip();
    }

    /** Sizes of search/index/, of the rest of search/, and of search/attachments.bin. */
    private static long[] build(Path content, Path site) throws IOException {
        BuildResult r = SiteBuilder.create().build(BuildRequest.builder().contentDir(content).outputDir(site).build());
        if (!r.succeeded()) {
            throw new IllegalStateException(r.problems().toString());
        }
        long[] sizes = new long[3];
        Path search = site.resolve("search");
        try (Stream<Path> files = Files.walk(search)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String rel = search.relativize(f).toString();
                long size = Files.size(f);
                sizes[rel.startsWith("index/") ? 0 : 1] += size;
                if (rel.equals("attachments.bin")) {
                    sizes[2] += size;
                }
            }
        }
        return sizes;
    }

    private static List<Path> notices(Path corpus) throws IOException {
        try (Stream<Path> files = Files.walk(corpus)) {
            return files.filter(f -> f.toString().endsWith(".md")).sorted().toList();
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (Files.exists(root)) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                    Files.delete(f);
                }
            }
        }
    }
}
