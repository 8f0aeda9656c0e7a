package org.bangtin.content;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.bangtin.config.SiteConfig;
import org.bangtin.diag.Diagnostic;
import org.bangtin.diag.Diagnostics;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs the examples of spec/front-matter.txt: a notice file in, typed fields or problems out. */
class FrontMatterSpecTest {
    @TempDir
    Path root;

    static List<SpecExample> examples() {
        return SpecExample.read("/spec/front-matter.txt");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void example(SpecExample example) throws IOException {
        Files.createDirectories(root.resolve("tin"));
        Files.writeString(root.resolve("tin/notice.md"), example.input());
        // Another notice, for the examples of 'replacedBy' and 'replaces'.
        Files.writeString(root.resolve("tin/khac.md"), "---\ntitle: \"Thông báo khác\"\ndate: 2019-01-02\n---\n");
        Diagnostics problems = new Diagnostics();
        List<Notice> notices = new ContentLoader(root, SiteConfig.defaults(), false).load(problems).stream()
                .filter(n -> n.sourceName().endsWith("notice.md")).toList();

        String actual = problems.sorted().isEmpty() ? describe(notices) : describe(problems.sorted());
        assertEquals(example.expected(), actual.replace(root.toAbsolutePath().normalize().toString(), "ROOT"),
                () -> "example '" + example.title() + "' of " + example.source() + ", input:\n" + example.input());
    }

    private static String describe(List<?> items) {
        if (!items.isEmpty() && items.get(0) instanceof Diagnostic) {
            return items.stream().map(Diagnostic.class::cast)
                    .map(d -> d.line() + ": " + d.severity().label() + ": " + d.message())
                    .collect(Collectors.joining("\n"));
        }
        if (items.size() != 1) {
            return items.size() + " notices";
        }
        Notice n = (Notice) items.get(0);
        List<String> lines = new ArrayList<>();
        add(lines, "title", n.title());
        add(lines, "date", n.date());
        add(lines, "updated", n.updated());
        add(lines, "author", n.author());
        add(lines, "category", n.category());
        add(lines, "tags", n.tags().isEmpty() ? null : n.tags());
        add(lines, "summary", n.summary());
        add(lines, "draft", n.draft() ? true : null);
        add(lines, "publish", n.publish());
        add(lines, "expires", n.expires());
        add(lines, "number", n.document().number());
        add(lines, "type", n.document().type());
        add(lines, "issuer", n.document().issuer());
        add(lines, "issued", n.document().issued());
        add(lines, "attachments", n.attachments().isEmpty() ? null : n.attachments());
        add(lines, "replacedBy", n.replacedBy() == null ? null : "ROOT/" + n.replacedBy().getFileName());
        add(lines, "replaces", n.replaces() == null ? null : "ROOT/" + n.replaces().getFileName());
        add(lines, "custom", n.custom().isEmpty() ? null : n.custom());
        add(lines, "related", n.related().isEmpty() ? null : n.related());
        add(lines, "body line", n.bodyLine());
        return String.join("\n", lines);
    }

    private static void add(List<String> lines, String name, Object value) {
        if (value != null) {
            lines.add(name + " = " + value);
        }
    }
}
