package org.bangtin;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.bangtin.diag.Diagnostic;
import org.bangtin.diag.Severity;

/**
 * What a build did: whether it succeeded, every problem it found, and what it wrote.
 *
 * @param status       how the build ended
 * @param problems     errors and warnings, in file and line order
 * @param notices      notices published
 * @param pages        HTML pages written
 * @param files        files written in all (pages, attachments, theme files)
 * @param output       the output folder
 * @param duration     wall time of the whole build
 * @param phaseTimes   wall time per phase, in the order the phases ran
 * @param pdfs         the attached PDFs read, reused from the cache, and without text
 * @param changedFiles the output files the build wrote or deleted, '/' separated: every file when
 *                     it replaced the folder whole, only those whose bytes changed when it updated
 *                     the folder in place ({@link SiteBuilder#incremental()}); none when it failed
 * @param movedPages   the notices' pages that an in-place rebuild moved to another address (a new
 *                     title makes one), old URL path to new, base path included; none otherwise
 */
public record BuildResult(Status status, List<Diagnostic> problems, int notices, int pages, int files, Path output,
        Duration duration, Map<String, Duration> phaseTimes, PdfSummary pdfs, List<String> changedFiles,
        Map<String, String> movedPages) {

    /** How a build ended. */
    public enum Status {
        /** The new site is in place. */
        SUCCESS,
        /** Content, settings or templates have errors; the previous output is untouched. */
        CONTENT_ERRORS,
        /** The request itself cannot be carried out (missing content folder, output not ours). */
        INVALID_REQUEST,
        /** Stopped on request (see {@link BuildRequest.Builder#cancelWhen}); the previous output is untouched. */
        CANCELLED
    }

    public BuildResult {
        problems = List.copyOf(problems);
        phaseTimes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(phaseTimes));
        pdfs = pdfs == null ? PdfSummary.NONE : pdfs;
        changedFiles = List.copyOf(changedFiles);
        movedPages = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(movedPages));
    }

    public boolean succeeded() {
        return status == Status.SUCCESS;
    }

    /** Whether the build wrote or deleted a page (the preview reloads its tabs only then). */
    public boolean changedPages() {
        return changedFiles.stream().anyMatch(file -> file.endsWith(".html"));
    }

    public long errorCount() {
        return problems.stream().filter(Diagnostic::isError).count();
    }

    public long warningCount() {
        return problems.stream().filter(d -> d.severity() == Severity.WARNING).count();
    }

    /** Notes: notices scheduled for later or hidden because they expired. */
    public long noteCount() {
        return problems.stream().filter(d -> d.severity() == Severity.NOTE).count();
    }
}
