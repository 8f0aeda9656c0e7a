package org.bangtin.attach;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Stream;

import org.bangtin.content.Attachment;
import org.bangtin.content.AttachmentResolver;
import org.bangtin.content.Notice;
import org.bangtin.diag.Diagnostics;

/**
 * Warns about a document left next to a notice kept as a folder ({@code kh/index.md}) that no
 * notice publishes: the editor copied the signed PDF there and wrote "Xem tệp đính kèm", but
 * forgot to name it in 'attachments', so readers would find nothing. Only such folders are
 * checked: a folder of many notices shares its files, and one of them may well be meant for none.
 */
final class FilesLeftOut {
    /** Documents and images an editor would publish; not Markdown, not what tools leave behind. */
    private static final Set<String> DOCUMENTS = Set.of("pdf", "doc", "docx", "odt", "rtf", "xls", "xlsx", "ods", "csv",
            "ppt", "pptx", "odp", "zip", "rar", "7z", "png", "jpg", "jpeg", "gif", "webp", "tif", "tiff");

    private FilesLeftOut() {
    }

    /**
     * @param notices the published notices
     * @param files   every file each notice publishes (its attachments and the files its text links to)
     * @param shown   a file as messages name it
     */
    static void check(List<Notice> notices, Function<Notice, List<Attachment>> files, Function<Path, String> shown,
            Diagnostics problems) {
        Set<Path> published = new HashSet<>();
        notices.forEach(notice -> files.apply(notice).forEach(file -> published.add(file.source().toAbsolutePath().normalize())));
        for (Notice notice : notices) {
            if (!notice.source().getFileName().toString().equals(AttachmentResolver.NOTICE_FILE)) {
                continue;
            }
            for (Path file : documentsBeside(notice.source())) {
                if (!published.contains(file.toAbsolutePath().normalize())) {
                    // Composed, as it is typed: the disk may hold it decomposed.
                    String name = Normalizer.normalize(file.getFileName().toString(), Normalizer.Form.NFC);
                    problems.warning(notice.sourceName(), notice.lineOf("attachments"), "'" + shown.apply(file)
                            + "' is next to the notice but neither listed in 'attachments' nor linked, so it is not published",
                            "add it to 'attachments' (attachments: [\"" + name + "\"]) or link it in the text;"
                                    + " or move it out of the notice's folder");
                }
            }
        }
    }

    private static List<Path> documentsBeside(Path noticeFile) {
        try (Stream<Path> entries = Files.list(noticeFile.getParent())) {
            return entries.filter(FilesLeftOut::isDocument).filter(Files::isRegularFile).sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            return List.of(); // the folder the notice was just read from: nothing to say if it is gone
        }
    }

    private static boolean isDocument(Path file) {
        // Composed, as it is typed: the disk may hold it decomposed.
                    String name = Normalizer.normalize(file.getFileName().toString(), Normalizer.Form.NFC);
        int dot = name.lastIndexOf('.');
        return !name.startsWith(".") && dot > 0 && DOCUMENTS.contains(name.substring(dot + 1).toLowerCase(Locale.ROOT));
    }

}
