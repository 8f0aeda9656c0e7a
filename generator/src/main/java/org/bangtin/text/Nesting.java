package org.bangtin.text;

/**
 * Where a text nests deepest: the line a message points to when a parser or a tree walk met more
 * levels than the stack holds.
 */
public final class Nesting {
    private Nesting() {
    }

    /**
     * The index of the line of {@code text} with the most marks of nesting: characters of
     * {@code marks} (quote, emphasis or bracket marks), and indentation (two spaces a level).
     */
    public static int deepestLine(String text, String marks) {
        String[] lines = text.split("\n", -1);
        int deepest = 0;
        long most = -1;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            long count = line.chars().filter(c -> marks.indexOf(c) >= 0).count()
                    + (line.length() - line.stripLeading().length()) / 2;
            if (count > most) {
                most = count;
                deepest = i;
            }
        }
        return deepest;
    }
}
