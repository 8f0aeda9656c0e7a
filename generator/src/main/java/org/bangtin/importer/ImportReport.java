package org.bangtin.importer;

import java.util.List;

/**
 * What an import did: the pages it turned into notices, and those it skipped with the reason.
 *
 * @param imported pages imported, in input order
 * @param skipped  pages skipped, in input order
 * @param checks   what the editor should check about the import as a whole (a title taken for many pages)
 */
public record ImportReport(List<Imported> imported, List<Skipped> skipped, List<String> checks) {
    public ImportReport {
        imported = List.copyOf(imported);
        skipped = List.copyOf(skipped);
        checks = List.copyOf(checks);
    }

    public ImportReport(List<Imported> imported, List<Skipped> skipped) {
        this(imported, skipped, List.of());
    }

    /**
     * A page imported.
     *
     * @param source the page, as the input names it
     * @param notice the notice file written, relative to the output folder
     * @param notes  what the editor should know (attachments copied or not, the old address)
     */
    public record Imported(String source, String notice, List<String> notes) {
        public Imported {
            notes = List.copyOf(notes);
        }
    }

    /** A page skipped, and why. */
    public record Skipped(String source, String reason) {
    }

    /** The report as the command line prints it. */
    public String format() {
        StringBuilder text = new StringBuilder();
        text.append("Imported ").append(imported.size()).append(" of ").append(imported.size() + skipped.size())
                .append(imported.size() + skipped.size() == 1 ? " page" : " pages").append('\n');
        for (Imported page : imported) {
            text.append("  ").append(page.source()).append(" -> ").append(page.notice()).append('\n');
            page.notes().forEach(note -> text.append("      ").append(note).append('\n'));
        }
        if (!skipped.isEmpty()) {
            text.append("Skipped ").append(skipped.size()).append('\n');
            skipped.forEach(page -> text.append("  ").append(page.source()).append(": ").append(page.reason()).append('\n'));
        }
        if (!checks.isEmpty()) {
            text.append("Check\n");
            checks.forEach(check -> text.append("  ").append(check).append('\n'));
        }
        return text.toString();
    }
}
