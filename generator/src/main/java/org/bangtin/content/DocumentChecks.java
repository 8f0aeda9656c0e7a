package org.bangtin.content;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import org.bangtin.diag.Diagnostics;

/**
 * Checks that a notice is a correct official notice: its number has the form of Nghị định
 * 30/2020/NĐ-CP and the abbreviation agrees with its type; it was not posted before it was signed;
 * it shows its author and an update time that is not before its posting (Thông tư 26/2009/TT-BTTTT
 * asks every article to show author, source and update time); it is in force for a while after
 * its posting. Problems are warnings, with the
 * field's line; a strict build turns them into errors. Stateless and thread-safe.
 */
public final class DocumentChecks {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    /** Checks every notice. */
    public void check(List<Notice> notices, Diagnostics problems) {
        notices.forEach(notice -> check(notice, problems));
    }

    /** Checks one notice. */
    public void check(Notice notice, Diagnostics problems) {
        DocumentInfo document = notice.document();
        if (document.number() != null) {
            checkNumber(notice, document, problems);
        }
        if (document.issued() != null && document.issued().isAfter(notice.date().toLocalDate())) {
            problems.warning(notice.sourceName(), notice.lineOf("issued"), "'issued' " + DAY.format(document.issued())
                    + " is after 'date' " + DAY.format(notice.date()) + ": a document is posted after it is signed, not before",
                    "check both dates; 'issued' is the signing date, 'date' the day it was posted");
        }
        if (notice.author() == null && !notice.mayHaveDropped("author")) {
            problems.warning(notice.sourceName(), 1, "the notice has no 'author'",
                    "add 'author: \"Họ Tên\"': every notice shows its author (Thông tư 26/2009/TT-BTTTT)");
        }
        if (notice.updated() != null && notice.updated().isBefore(notice.date())) {
            problems.warning(notice.sourceName(), notice.lineOf("updated"), "'updated' " + DAY.format(notice.updated())
                    + " is before 'date' " + DAY.format(notice.date()),
                    "'updated' is when the notice was last changed; it cannot be before it was posted");
        }
        if (notice.expires() != null && !notice.expires().isAfter(notice.date())) {
            problems.warning(notice.sourceName(), notice.lineOf("expires"), "'expires' " + DAY.format(notice.expires())
                    + " is not after 'date' " + DAY.format(notice.date()) + ": the notice is shown as no longer in force"
                    + " from the start, and left out of the home page and the feeds",
                    "check both dates; 'expires' is the day the notice stops being in force, after it was posted");
        }
    }

    private static void checkNumber(Notice notice, DocumentInfo document, Diagnostics problems) {
        int line = notice.lineOf("number");
        Optional<DocumentNumber> parsed = DocumentNumber.parse(document.number());
        if (parsed.isEmpty()) {
            problems.warning(notice.sourceName(), line, "'number' \"" + document.number()
                    + "\" is not in the form <số>/<ký hiệu> of Nghị định 30/2020",
                    "write the number, '/', the type's abbreviation, '-', the issuer's: 925/KH-UBND (a Công văn: 720/UBND-VP)");
            return;
        }
        DocumentNumber number = parsed.get();
        String first = number.firstAbbreviation();
        Optional<String> type = DocumentTypes.name(document.type());
        if (type.isEmpty()) {
            return;
        }
        if (type.get().equals(DocumentTypes.LETTER)) {
            DocumentTypes.typeOf(first).ifPresent(other -> problems.warning(notice.sourceName(), line,
                    "'type' is " + DocumentTypes.LETTER + ", but 'number' " + document.number()
                            + " has the abbreviation of a " + other + " (" + first + ")",
                    "a " + DocumentTypes.LETTER + " is numbered <số>/<issuer>-<unit>, such as 720/UBND-VP; or write 'type: \""
                            + other + "\"'"));
            return;
        }
        String expected = DocumentTypes.abbreviation(type.get()).orElseThrow();
        if (!first.equals(expected)) {
            String meaning = DocumentTypes.typeOf(first).map(t -> " (" + t + ")").orElse("");
            problems.warning(notice.sourceName(), line, "'number' " + document.number() + " has the abbreviation " + first
                    + meaning + ", but 'type' is " + type.get(),
                    "a " + type.get() + " is numbered <số>/" + expected + "-<issuer>: write 'number: \""
                            + number.withFirstAbbreviation(expected) + "\"', or correct 'type'");
        }
    }
}
