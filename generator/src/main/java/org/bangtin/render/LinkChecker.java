package org.bangtin.render;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;

import org.bangtin.diag.Diagnostic;
import org.bangtin.diag.Severity;
import org.bangtin.text.DidYouMean;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * Checks the internal links of notices' bodies against the built site: the page or file must be
 * written, and a "#fragment" must be the id of an element of the target page. Pages are parsed
 * only when a link points into them, so the check costs nothing for links without fragments.
 */
public final class LinkChecker {
    private final String basePath;

    /** @param basePath the site's base path ("" or "/tin-tuc"), which internal links start with */
    public LinkChecker(String basePath) {
        this.basePath = basePath;
    }

    /** The output files ("2019/03/x/index.html") whose ids the links' fragments need. */
    public Set<String> pagesWithAnchorsNeeded(Collection<InternalLink> links) {
        Set<String> pages = new HashSet<>();
        for (InternalLink link : links) {
            Target target = target(link);
            if (target != null && !target.fragment().isEmpty()) {
                pages.add(target.file());
                pages.add(target.file() + "/index.html");
            }
        }
        return pages;
    }

    /** The ids of the elements of an HTML page. */
    public static Set<String> ids(byte[] html) {
        Set<String> ids = new HashSet<>();
        for (Element element : Jsoup.parse(new String(html, StandardCharsets.UTF_8)).select("[id]")) {
            ids.add(element.id());
        }
        return ids;
    }

    /**
     * The problems of {@code links}.
     *
     * @param written the output files written ("2019/03/x/index.html", "css/site.css")
     * @param ids     the ids of the pages {@link #pagesWithAnchorsNeeded} named
     * @param textIds the ids of the text of the notice whose page an output file is (its headings'),
     *                empty for other pages: a hint names those, not the theme's
     * @param strict  problems are errors when true, warnings otherwise
     */
    public List<Diagnostic> check(Collection<InternalLink> links, Set<String> written, Map<String, Set<String>> ids,
            Function<String, Optional<Set<String>>> textIds, boolean strict) {
        Severity severity = strict ? Severity.ERROR : Severity.WARNING;
        List<Diagnostic> problems = new ArrayList<>();
        NearestPage nearest = null; // the pages indexed for the hints, at the first broken link
        for (InternalLink link : links) {
            Target target = target(link);
            if (target == null) {
                problems.add(new Diagnostic(severity, link.source(), link.line(), 0, "broken link to " + link.href()
                        + ": it is outside the site's base path " + basePath + "/",
                        "internal links start with the base path, such as " + basePath + "/2019/03/..."));
                continue;
            }
            String file = existing(target, written::contains);
            if (file == null) {
                nearest = nearest != null ? nearest : new NearestPage(written);
                problems.add(new Diagnostic(severity, link.source(), link.line(), 0, "broken link to " + link.href()
                        + ": the site has no page or file at " + target.path(),
                        nearest.meant(target.path()).map(page -> "did you mean " + basePath + page + "? ")
                                .orElse("check the address; ")
                                + "notices live at /<year>/<month>/<slug>/, or link to the notice's .md file"));
            } else if (!target.fragment().isEmpty()) {
                Set<String> pageIds = ids.getOrDefault(file, Set.of());
                if (!pageIds.contains(target.fragment())) {
                    problems.add(new Diagnostic(severity, link.source(), link.line(), 0, "missing anchor in link to "
                            + link.href() + ": " + target.path() + " has no element with id '" + target.fragment() + "'",
                            hint(target.fragment(), textIds.apply(file), pageIds)));
                }
            }
        }
        return problems;
    }

    /**
     * The ids to link to instead, nearest to the missing one first: a notice's own headings (the
     * theme's ids, such as "calendar-date", are no place an editor means); another page's ids.
     */
    private static String hint(String missing, Optional<Set<String>> textIds, Set<String> pageIds) {
        if (textIds.isPresent()) {
            List<String> headings = nearest(missing, textIds.get());
            return headings.isEmpty() ? "the notice has no heading to link to; a heading ('## Mục 2') gets its id from"
                    + " its text" : "the notice's headings have the ids " + String.join(", ", headings);
        }
        List<String> some = nearest(missing, pageIds);
        return some.isEmpty() ? "link to a heading of the page; headings get ids from their text"
                : "the page's ids include " + String.join(", ", some);
    }

    private static List<String> nearest(String missing, Set<String> ids) {
        return DidYouMean.nearestFirst(missing, ids.stream().filter(id -> !id.isEmpty()).toList()).stream()
                .limit(5).map(id -> "#" + id).toList();
    }

    /** The written file the target is, or null. */
    private static String existing(Target target, Predicate<String> exists) {
        String path = target.path().substring(1);
        if (path.isEmpty() || path.endsWith("/")) {
            return exists.test(path + "index.html") ? path + "index.html" : null;
        }
        if (exists.test(path)) {
            return path;
        }
        return exists.test(path + "/index.html") ? path + "/index.html" : null;
    }

    /** Where a link points, as a site path and a fragment; null when it leaves the base path. */
    private Target target(InternalLink link) {
        String href = link.href();
        int hash = href.indexOf('#');
        String fragment = hash < 0 ? "" : decode(href.substring(hash + 1));
        String beforeHash = hash < 0 ? href : href.substring(0, hash);
        int query = beforeHash.indexOf('?');
        String path = decode(query < 0 ? beforeHash : beforeHash.substring(0, query));
        if (path.isEmpty()) {
            path = link.pageUrl();
        }
        if (basePath.isEmpty() || path.equals(basePath) || path.startsWith(basePath + "/")) {
            path = path.substring(basePath.length());
            path = path.isEmpty() ? "/" : path;
        } else {
            return null;
        }
        String file = path.endsWith("/") ? path.substring(1) + "index.html" : path.substring(1);
        return new Target(path, fragment, file);
    }

    private static String decode(String text) {
        try {
            return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return text;
        }
    }

    private record Target(String path, String fragment, String file) {
    }
}
