package org.bangtin.attach;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

import org.bangtin.content.Attachment;
import org.bangtin.content.FileStamp;
import org.bangtin.content.Notice;
import org.bangtin.diag.Diagnostics;
import org.bangtin.diag.ReadFailure;

/**
 * Reads every PDF the notices publish (from the cache when its bytes were read before) and checks
 * every attachment: a PDF readers cannot open (damaged, or locked with a password) and a file
 * larger than the site's limit are warnings at the line that names the file; a PDF without a text
 * layer is only counted, for the build summary. A document left unpublished next to a notice kept
 * as a folder is a warning too ({@link FilesLeftOut}).
 */
public final class AttachmentInspector {
    private final Path contentRoot;
    private final FactsCache cache;
    private final long warnSize;
    private final Map<Path, Known> known;

    /** What an earlier build of the same process read from a PDF, with the file's stamp then. */
    public record Known(FileStamp stamp, PdfFacts facts) {
    }

    /**
     * @param cacheRoot where read PDFs are kept between builds, or null to keep nothing
     * @param warnSize  attachments larger than this many bytes are warned about
     */
    public AttachmentInspector(Path contentRoot, Path cacheRoot, long warnSize) {
        this(contentRoot, cacheRoot, warnSize, new ConcurrentHashMap<>());
    }

    /**
     * @param known what earlier builds read, by file, added to here: a PDF whose stamp is unchanged
     *              is not even read again to look it up in the cache (the preview's rebuilds)
     */
    public AttachmentInspector(Path contentRoot, Path cacheRoot, long warnSize, Map<Path, Known> known) {
        this.contentRoot = contentRoot.toAbsolutePath().normalize();
        this.cache = new FactsCache(cacheRoot);
        this.warnSize = warnSize;
        this.known = known;
    }

    /**
     * @param notices the published notices, in a stable order
     * @param files   every file each notice publishes (its attachments and the files its text links to)
     */
    public PdfCatalog inspect(List<Notice> notices, Function<Notice, List<Attachment>> files, Diagnostics problems) {
        Map<Path, Attachment> pdfs = new LinkedHashMap<>();
        for (Notice notice : notices) {
            for (Attachment file : files.apply(notice)) {
                if (file.isPdf()) {
                    pdfs.putIfAbsent(file.source(), file);
                }
            }
        }
        AtomicInteger reused = new AtomicInteger();
        Map<Path, PdfFacts> facts = new TreeMap<>();
        List<Map.Entry<Path, PdfFacts>> read = pdfs.keySet().parallelStream()
                .map(source -> Map.entry(source, facts(source, reused)))
                .toList();
        read.forEach(e -> facts.put(e.getKey(), e.getValue()));
        known.keySet().retainAll(pdfs.keySet()); // forget the PDFs no notice publishes any more
        for (Notice notice : notices) {
            for (Attachment file : files.apply(notice)) {
                check(notice, file, facts.get(file.source()), problems);
            }
        }
        FilesLeftOut.check(notices, files, this::shown, problems);
        List<String> withoutText = new ArrayList<>();
        int pages = 0;
        for (Map.Entry<Path, PdfFacts> entry : facts.entrySet()) {
            pages += entry.getValue().pages();
            if (entry.getValue().state() == PdfFacts.State.NO_TEXT) {
                withoutText.add(shown(entry.getKey()));
            }
        }
        return new PdfCatalog(facts, new PdfCatalog.Summary(facts.size(), pages, reused.get(), withoutText));
    }

    private PdfFacts facts(Path source, AtomicInteger reused) {
        FileStamp stamp = FileStamp.of(source); // before reading: an edit during the read is seen next time
        Known earlier = known.get(source);
        if (earlier != null && earlier.stamp().equals(stamp)) {
            reused.incrementAndGet();
            return earlier.facts();
        }
        PdfFacts facts = read(source, reused);
        if (!stamp.equals(FileStamp.ABSENT)) {
            known.put(source, new Known(stamp, facts));
        }
        return facts;
    }

    private PdfFacts read(Path source, AtomicInteger reused) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(source);
        } catch (IOException e) {
            return new PdfFacts("", PdfFacts.State.UNREADABLE, 0, "", null, "cannot read the file: " + ReadFailure.why(e));
        }
        String sha256 = sha256(bytes);
        var cached = cache.get(sha256);
        if (cached.isPresent()) {
            reused.incrementAndGet();
            return cached.get();
        }
        PdfFacts fresh = PdfReader.read(bytes, sha256);
        cache.put(fresh);
        return fresh;
    }

    private void check(Notice notice, Attachment file, PdfFacts facts, Diagnostics problems) {
        String name = shown(file.source());
        if (file.size() > warnSize) {
            problems.warning(notice.sourceName(), file.line(), "attachment '" + name + "' is " + megabytes(file.size())
                    + ", more than the " + megabytes(warnSize) + " set by 'attachmentWarnSize': slow to download on a phone",
                    "compress or split the file, or raise 'attachmentWarnSize' in site.yml");
        }
        if (facts == null) {
            return;
        }
        switch (facts.state()) {
            case ENCRYPTED -> problems.warning(notice.sourceName(), file.line(), "attachment '" + name
                    + "' is locked with a password: readers cannot open it, and its text is not searchable",
                    "publish the PDF without a password to open it (a signed PDF can keep its signature)");
            case UNREADABLE -> problems.warning(notice.sourceName(), file.line(), "attachment '" + name
                    + "' cannot be read as a PDF (" + facts.problem() + "): it is published as it is, without"
                    + " preview or page count, and its text is not searchable",
                    "check that the file opens in a PDF reader; save or export it again");
            case DAMAGED -> problems.warning(notice.sourceName(), file.line(), "attachment '" + name
                    + "' looks damaged (" + facts.problem() + "): readers may not be able to open it; it is published as"
                    + " it is, without preview or page count, and its text is not searchable",
                    "export or download the PDF again from the original, and replace the file");
            default -> { }
        }
    }

    /** The file relative to the content folder, as messages and the summary name it. */
    private String shown(Path source) {
        Path absolute = source.toAbsolutePath().normalize();
        Path relative = absolute.startsWith(contentRoot) ? contentRoot.relativize(absolute) : absolute;
        return relative.toString().replace('\\', '/');
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }
}
