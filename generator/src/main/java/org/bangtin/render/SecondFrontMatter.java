package org.bangtin.render;

import java.util.regex.Pattern;

import org.bangtin.content.Notice;
import org.bangtin.diag.Diagnostics;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;

/**
 * Finds front matter pasted into a body, as when two notices are joined into one file. Markdown
 * reads "---", "title: ..." and "---" as a rule and a heading "title: ...", which would be
 * published as such; only the top level of the body is looked at, so this costs next to nothing.
 */
final class SecondFrontMatter {
    /** A YAML field's start: "title:", "date: 2019-03-27". */
    private static final Pattern FIELD = Pattern.compile("[A-Za-z_][A-Za-z0-9_-]*:(\\s.*)?", Pattern.DOTALL);

    private SecondFrontMatter() {
    }

    static void check(Node document, Notice notice, Diagnostics problems) {
        for (Node block = document.getFirstChild(); block != null; block = block.getNext()) {
            if (block instanceof ThematicBreak && isFieldsUnderlined(block.getNext())) {
                problems.warning(notice.sourceName(), LinkRewriter.lineOf(notice, block),
                        "this looks like a second front matter block; a notice has one, at the top",
                        "move its fields into the front matter at the top of the file, or delete these lines");
            }
        }
    }

    /** Whether {@code block} is a heading underlined with "---" whose text starts as a YAML field. */
    private static boolean isFieldsUnderlined(Node block) {
        // A setext heading has a span for each line of text and one for its underline; "## x" has one.
        return block instanceof Heading heading && heading.getLevel() == 2 && heading.getSourceSpans().size() >= 2
                && heading.getFirstChild() instanceof Text text && FIELD.matcher(text.getLiteral()).matches();
    }
}
