package org.bangtin.render;

import java.util.regex.Pattern;

import org.commonmark.node.Image;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Link;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.beta.LinkInfo;
import org.commonmark.parser.beta.LinkProcessor;
import org.commonmark.parser.beta.LinkResult;
import org.commonmark.parser.beta.Position;
import org.commonmark.parser.beta.Scanner;

/**
 * Reads {@code [văn bản](Kế hoạch số 1.pdf)} as a link. CommonMark ends a link's address at the
 * first space (it must be written {@code (<Kế hoạch số 1.pdf>)}), and leaves the whole as text; but
 * the files editors attach are named by Windows with spaces, and a link printed as brackets would
 * publish the notice without its document. Only an address that is plainly a file or a path (a
 * file extension at its end, or a start with "/", "./", "../" or "http") on one line is taken:
 * "[1](ghi chú bên dưới)" stays text.
 */
final class SpacedAddresses implements LinkProcessor {
    /** The longest address taken: longer is prose in parentheses, not a file's name. */
    private static final int MAX_LENGTH = 300;
    private static final Pattern FILE_OR_PATH = Pattern.compile(
            "(?:[^\\s<>\"]|\\s(?=\\S))+\\.\\p{L}[\\p{L}\\p{N}]{0,4}(?:#\\S*)?|(?:/|\\./|\\.\\./|https?://)[^<>\"]*\\S");

    @Override
    public LinkResult process(LinkInfo link, Scanner scanner, InlineParserContext context) {
        if (link.destination() != null || link.label() != null || scanner.peek() != '('
                || context.getDefinition(LinkReferenceDefinition.class, link.text()) != null) {
            return LinkResult.none();
        }
        Position start = scanner.position();
        scanner.next();
        Position from = scanner.position();
        int open = 0;
        // A file's address is short: a long stretch of text in parentheses is looked at no further,
        // so that a line of many "[a](" costs no more than its length.
        for (int read = 0; scanner.hasNext() && scanner.peek() != '\n' && (scanner.peek() != ')' || open > 0); read++) {
            if (read == MAX_LENGTH) {
                scanner.setPosition(start);
                return LinkResult.none();
            }
            open += scanner.peek() == '(' ? 1 : scanner.peek() == ')' ? -1 : 0;
            scanner.next();
        }
        String address = scanner.getSource(from, scanner.position()).getContent().strip();
        if (!scanner.next(')') || !address.contains(" ") || !FILE_OR_PATH.matcher(address).matches()) {
            scanner.setPosition(start);
            return LinkResult.none();
        }
        boolean image = link.marker() != null && link.marker().getLiteral().equals("!");
        return LinkResult.wrapTextIn(image ? new Image(address, null) : new Link(address, null), scanner.position());
    }
}
