package org.bangtin.content;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.bangtin.config.SiteConfig;
import org.bangtin.diag.Diagnostics;
import org.bangtin.text.Slugs;

/**
 * Creates a notice file for {@code bangtin new}: named the way the site already names its notices
 * ({@link NoticeLayout}; {@code notices/<year>/<slug>.md} when it has none yet), with its front
 * matter filled in and a body to complete. Never replaces a file.
 */
public final class NewNotice {
    /**
     * The paragraph of a new notice's text for the editor to replace with the text: a build warns
     * of a notice that still has it, which a nightly build would otherwise publish as it is.
     */
    public static final String PLACEHOLDER = "Viết nội dung của tin ở đây.";

    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d/M/yyyy");

    private final Path root;
    private final SiteConfig config;
    private final Clock clock;

    /** @param clock gives "now" for the notice's date, in the site's zone */
    public NewNotice(Path root, SiteConfig config, Clock clock) {
        this.root = root.toAbsolutePath().normalize();
        this.config = config;
        this.clock = clock;
    }

    /** What the editor gives: the title, and the document fields and author, each possibly null. */
    public record Fields(String title, String type, String number, String author, String issuer) {
    }

    /**
     * Writes the notice and returns its path; problems of the new notice (a number that does not
     * agree with the type) are reported as warnings.
     *
     * @throws FileAlreadyExistsException when the file is there already: it is left as it was
     */
    public Path create(Fields given, Diagnostics problems) throws IOException {
        Fields fields = given.type() == null && given.number() != null
                ? new Fields(given.title(), typeOf(given.number()), given.number(), given.author(), given.issuer())
                : given;
        ZonedDateTime now = ZonedDateTime.now(clock.withZone(config.timeZone()));
        String slug = Slugs.slugify(fields.title());
        List<Path> existing = ContentWalker.noticeFiles(root, problems).stream().map(root::relativize).toList();
        Path file = root.resolve(NoticeLayout.of(existing).fileFor(now, slug.isEmpty() ? "tin" : slug));
        String issuer = fields.issuer() != null ? fields.issuer() : config.issuer();
        String text = new FrontMatterWriter()
                .text("title", fields.title())
                .plain("date", DATE_TIME.format(now))
                .text("author", fields.author())
                .text("type", fields.type())
                .text("number", fields.number())
                .text("issuer", issuer)
                .withBody(body(now, fields, issuer));
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        Diagnostics readBack = new Diagnostics();
        Optional<Notice> notice = new NoticeReader(root, config.timeZone(), readBack).read(file);
        notice.ifPresent(n -> new DocumentChecks().check(n, readBack));
        problems.addAll(readBack.sorted());
        return file;
    }

    /** The type a number's abbreviation names ("Kế hoạch" for 925/KH-UBND), or null. */
    private static String typeOf(String number) {
        return DocumentNumber.parse(number).flatMap(n -> DocumentTypes.typeOf(n.firstAbbreviation())).orElse(null);
    }

    /** The opening sentence that official notices use, then a place for the text. */
    private static String body(ZonedDateTime now, Fields fields, String issuer) {
        if (fields.type() == null && fields.number() == null) {
            return PLACEHOLDER + "\n";
        }
        StringBuilder first = new StringBuilder("Ngày ").append(DAY.format(now));
        if (issuer != null) {
            first.append(' ').append(issuer);
        }
        first.append(" đã ban hành ").append(fields.type() != null ? fields.type() : "văn bản");
        if (fields.number() != null) {
            first.append(" số ").append(fields.number());
        }
        return String.join("\n\n", List.of(first + ".", PLACEHOLDER)) + "\n";
    }
}
