package org.bangtin.render;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Why rendering a template never ended (Pebble overflowed the stack, and its stack trace names no
 * template): templates that include one another in a circle, or a macro that calls itself. Read
 * from the templates' text, which is enough to name the file and line to fix.
 */
final class EndlessTemplates {
    private static final Pattern MACRO = Pattern.compile("\\{%-?\\s*macro\\s+(\\w+)\\s*\\((.*?)\\{%-?\\s*endmacro",
            Pattern.DOTALL);

    /** What to fix: a line of a template, and what is wrong there. */
    record Cause(String template, int line, String message) {
    }

    private final Theme theme;
    private final Map<String, String> sources = new LinkedHashMap<>();

    private EndlessTemplates(Theme theme) {
        this.theme = theme;
    }

    /** The first circle of references, else the first macro that calls itself, among what {@code template} is made of. */
    static Optional<Cause> of(String template, Theme theme) throws IOException {
        EndlessTemplates templates = new EndlessTemplates(theme);
        Optional<Cause> circle = templates.circleFrom(template, new ArrayList<>(), new HashSet<>());
        return circle.isPresent() ? circle : templates.selfCallingMacro();
    }

    private Optional<Cause> circleFrom(String name, List<String> chain, Set<String> explored) throws IOException {
        chain.add(name);
        String source = source(name);
        Matcher references = Theme.references(source);
        while (references.find()) {
            String next = references.group(1);
            if (chain.contains(next)) {
                List<String> circle = new ArrayList<>(chain.subList(chain.indexOf(next), chain.size()));
                circle.add(next);
                return Optional.of(new Cause(name, lineAt(source, references.start()),
                        "'" + next + "' includes itself: " + String.join(" → ", circle)));
            }
            if (explored.add(next)) {
                Optional<Cause> found = circleFrom(next, chain, explored);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        chain.remove(chain.size() - 1);
        return Optional.empty();
    }

    /** Among the templates read while looking for a circle: all those the template is made of. */
    private Optional<Cause> selfCallingMacro() {
        for (Map.Entry<String, String> template : sources.entrySet()) {
            Matcher macro = MACRO.matcher(template.getValue());
            while (macro.find()) {
                String body = macro.group(2);
                if (Pattern.compile("\\b" + Pattern.quote(macro.group(1)) + "\\s*\\(").matcher(body).find()) {
                    return Optional.of(new Cause(template.getKey(), lineAt(template.getValue(), macro.start()),
                            "macro '" + macro.group(1) + "' calls itself without end"));
                }
            }
        }
        return Optional.empty();
    }

    private String source(String name) throws IOException {
        String source = sources.get(name);
        if (source == null) {
            source = theme.templateWithoutComments(name);
            sources.put(name, source);
        }
        return source;
    }

    private static int lineAt(String source, int offset) {
        return 1 + (int) source.substring(0, offset).chars().filter(c -> c == '\n').count();
    }
}
