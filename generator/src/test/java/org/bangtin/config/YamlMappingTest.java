package org.bangtin.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.bangtin.diag.Diagnostic;
import org.bangtin.diag.Diagnostics;
import org.junit.jupiter.api.Test;

/** Front matter as editors paste it: the problems YAML finds, with the file's line and column. */
class YamlMappingTest {
    @Test
    void anInvisibleControlCharacterIsNamedWithItsLineAndColumn() {
        Diagnostics problems = new Diagnostics();
        // A terminal's colour code, pasted into a summary on the file's third line.
        String yaml = "title: \"A\"\nsummary: \"Đỏ \u001b[31mgấp\"\n";

        assertTrue(YamlMapping.parse(yaml, Path.of("tin/a.md"), 2, problems).isEmpty());

        assertEquals(List.of("tin/a.md:3:14: error: malformed YAML: the invisible control character U+001B is not allowed\n"
                + "    hint: delete it: it is invisible in most editors, and often comes with text pasted from another program"),
                problems.sorted().stream().map(Diagnostic::format).map(f -> f.replace(System.lineSeparator(), "\n")).toList());
    }
}
