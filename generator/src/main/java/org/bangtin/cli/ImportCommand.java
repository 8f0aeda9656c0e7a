package org.bangtin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;

import org.bangtin.diag.Diagnostic;
import org.bangtin.diag.Diagnostics;
import org.bangtin.importer.ImportProfile;
import org.bangtin.importer.ImportReport;
import org.bangtin.importer.Importer;
import org.bangtin.importer.ProfileReader;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code bangtin import}: saved pages of an existing portal into notice files. */
@Command(name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Turns saved article pages of an existing portal into notices.",
            "Reads files, or folders such as a wget mirror, and writes notices in OUT-DIR: title, dates, author,"
                + " document number, attachments, the text as Markdown, and the old address in 'aliases' so that the"
                + " build writes a redirect there. Prints what was imported and what was skipped, and why. Never"
                + " replaces a file."
        })
final class ImportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PAGES", description = "Saved HTML pages, or folders of them.")
    List<Path> inputs;

    @Option(names = {"-o", "--out"}, required = true, paramLabel = "OUT-DIR",
            description = "Where the notices go, such as content/notices/cu (created if needed).")
    Path outputDir;

    @Option(names = "--profile", paramLabel = "FILE",
            description = "A YAML file of CSS selectors (title, date, body, author, remove) for the portal's layout.")
    Path profileFile;

    @Option(names = "--report", paramLabel = "FILE", description = "Also write the report to FILE.")
    Path reportFile;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ImportProfile profile = ProfileReader.defaults();
        if (profileFile != null) {
            Diagnostics problems = new Diagnostics();
            Optional<ImportProfile> read = ProfileReader.read(profileFile, problems);
            problems.sorted().stream().map(Diagnostic::format).forEach(err::println);
            err.flush();
            if (read.isEmpty()) {
                return 1;
            }
            profile = read.get();
        }
        List<Path> missing = inputs.stream().filter(input -> !Files.exists(input)).toList();
        if (!missing.isEmpty()) {
            missing.forEach(input -> err.println("error: " + input + ": no such file or folder"));
            err.flush();
            return 1;
        }
        ImportReport report = new Importer(profile).run(inputs, outputDir);
        out.print(report.format());
        out.flush();
        if (reportFile != null) {
            Files.writeString(reportFile, report.format(), StandardCharsets.UTF_8);
        }
        if (report.imported().isEmpty()) {
            err.println(report.skipped().isEmpty() ? "error: no saved pages found in " + String.join(", ",
                    inputs.stream().map(Path::toString).toList()) + " (pages end in .html, .htm, .aspx, .php, ...)"
                    : "error: no page imported: every page was skipped, for the reasons above");
            err.flush();
            return 1;
        }
        return 0;
    }
}
