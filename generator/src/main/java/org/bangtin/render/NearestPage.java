package org.bangtin.render;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The page a broken link most likely meant: the one whose last part shares the most words with
 * the link's ("/2019/03/ke-hoach-925/" for "/2019/03/ke-hoach-so-925-kh-ubnd/"), when it holds
 * most of them; a page in the same folder first, then one anywhere (a month guessed wrong).
 */
final class NearestPage {
    /** The share of the link's words a page must hold to be suggested. */
    private static final double ENOUGH = 0.6;

    private NearestPage() {
    }

    /**
     * @param missing the missing page's site path, "/2019/03/ke-hoach-925/"
     * @param written the output files, "2019/03/ke-hoach-so-925-kh-ubnd/index.html"
     * @return the site path of the page meant, or empty
     */
    static Optional<String> of(String missing, Collection<String> written) {
        List<String> wanted = words(lastPart(missing));
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        String folder = folderOf(missing);
        String best = null;
        double bestScore = ENOUGH;
        for (String file : written) {
            if (!file.endsWith("/index.html")) {
                continue;
            }
            String page = "/" + file.substring(0, file.length() - "index.html".length());
            Set<String> has = new HashSet<>(words(lastPart(page)));
            double score = wanted.stream().filter(has::contains).count() / (double) wanted.size()
                    + (folderOf(page).equals(folder) ? 0.01 : 0); // the same folder wins a tie
            if (score > bestScore || score == bestScore && best != null && page.compareTo(best) < 0) {
                best = page;
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    private static String lastPart(String path) {
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return trimmed.substring(trimmed.lastIndexOf('/') + 1);
    }

    private static String folderOf(String path) {
        String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return trimmed.substring(0, Math.max(0, trimmed.lastIndexOf('/')));
    }

    private static List<String> words(String slug) {
        return Arrays.stream(slug.split("-")).filter(w -> !w.isEmpty()).toList();
    }
}
