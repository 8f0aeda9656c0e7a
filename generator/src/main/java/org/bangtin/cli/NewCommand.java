package org.bangtin.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;

import org.bangtin.config.SiteConfig;
import org.bangtin.config.SiteConfigReader;
import org.bangtin.content.NewNotice;
import org.bangtin.diag.Diagnostic;
import org.bangtin.diag.Diagnostics;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code bangtin new}: a new notice file with its front matter filled in. */
@Command(name = "new",
        mixinStandardHelpOptions = true,
        description = {
            "Creates a notice file with its front matter filled in.",
            "The file goes where the site keeps its notices (notices/<year>/<slug>.md in a new site), with"
                + " title, date (now, in the site's time zone), type, number, issuer (from site.yml) and author filled"
                + " in; its path is printed. An existing file is never replaced."
        })
final class NewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "TITLE", description = "The notice's title, in quotes.")
    String title;

    @Option(names = {"-C", "--content"}, paramLabel = "CONTENT-DIR", defaultValue = ".",
            description = "Folder with site.yml and the notices (default: the current folder).")
    Path contentDir;

    @Option(names = "--type", paramLabel = "TYPE",
            description = "Kế hoạch, Quyết định, Thông báo, Công văn, ... (default: the type the number's abbreviation names).")
    String type;

    @Option(names = "--number", paramLabel = "NUMBER", description = "The document number, such as 925/KH-UBND.")
    String number;

    @Option(names = "--author", paramLabel = "NAME", defaultValue = "${env:BANGTIN_AUTHOR}",
            description = "The byline (default: the BANGTIN_AUTHOR environment variable).")
    String author;

    @Option(names = "--issuer", paramLabel = "ISSUER", description = "The issuing body (default: 'issuer' of site.yml).")
    String issuer;

    Clock clock = Clock.systemUTC();

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(contentDir)) {
            err.println("bangtin new: the content folder " + contentDir + " does not exist or is not a folder");
            err.flush();
            return 2;
        }
        if (title.isBlank()) {
            err.println("bangtin new: the title is empty; give it in quotes: bangtin new \"Thông báo lịch tiếp công dân\"");
            err.flush();
            return 2;
        }
        Diagnostics problems = new Diagnostics();
        SiteConfig config = SiteConfigReader.read(contentDir, problems);
        int exit = 0;
        if (!problems.hasErrors()) {
            try {
                Path file = new NewNotice(contentDir, config, clock)
                        .create(new NewNotice.Fields(title.strip(), type, number, author, issuer), problems);
                out.println(contentDir.toAbsolutePath().normalize().relativize(file).toString().replace('\\', '/'));
            } catch (FileAlreadyExistsException e) {
                problems.error(contentDir.toAbsolutePath().normalize().relativize(Path.of(e.getFile())), 0, "the file already exists; bangtin new never replaces a file",
                        "edit that file, or give the new notice another title");
            }
        }
        for (Diagnostic problem : problems.sorted()) {
            err.println(problem.withFileUnder(contentDir).format());
            if (problem.isError()) {
                exit = 1;
            }
        }
        out.flush();
        err.flush();
        return exit;
    }
}
