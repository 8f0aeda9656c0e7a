package org.bangtin.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One example of a spec file: a titled input and its expected output, separated by a '>>>' line.
 * Examples start with a '### title' line. Used for front matter and Markdown spec files, so
 * behaviour is kept as readable examples (the commonmark spec's model).
 */
public record SpecExample(String source, String title, String input, String expected) {

    @Override
    public String toString() {
        return title;
    }

    public static List<SpecExample> read(String resource) {
        String text;
        try (InputStream in = SpecExample.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no spec file " + resource);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<SpecExample> examples = new ArrayList<>();
        String[] blocks = text.split("(?m)^### ");
        for (int i = 1; i < blocks.length; i++) {
            String block = blocks[i];
            int titleEnd = block.indexOf('\n');
            String title = block.substring(0, titleEnd).strip();
            String rest = block.substring(titleEnd + 1);
            int separator = rest.indexOf("\n>>>\n");
            if (separator < 0) {
                throw new IllegalArgumentException(resource + ": example '" + title + "' has no '>>>' line");
            }
            examples.add(new SpecExample(resource, title, rest.substring(0, separator + 1),
                    rest.substring(separator + 5).strip()));
        }
        return examples;
    }
}
