package org.bangtin.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The page a broken link most likely meant: the one whose last part shares the most words with
 * the link's ("/2019/03/ke-hoach-925/" for "/2019/03/ke-hoach-so-925-kh-ubnd/"), when it holds
 * most of them; a page in the same folder first, then one anywhere (a month guessed wrong). Made
 * once for a build's broken links: each page's words are indexed, so that a link looks only at
 * the pages that share one of its words (a site of 10,000 notices has 20,000 pages).
 */
final class NearestPage {
    /** The share of the link's words a page must hold to be suggested. */
    private static final double ENOUGH = 0.6;

    private final List<String> pages = new ArrayList<>();
    private final Map<String, List<Integer>> pagesByWord = new HashMap<>();

    /** @param written the output files, "2019/03/ke-hoach-so-925-kh-ubnd/index.html" */
    NearestPage(Collection<String> written) {
        for (String file : written) {
            if (file.endsWith("/index.html")) {
                String page = "/" + file.substring(0, file.length() - "index.html".length());
                int number = pages.size();
                pages.add(page);
                words(lastPart(page)).stream().distinct()
                        .forEach(word -> pagesByWord.computeIfAbsent(word, w -> new ArrayList<>()).add(number));
            }
        }
    }

    /**
     * @param missing the missing page's site path, "/2019/03/ke-hoach-925/"
     * @return the site path of the page meant, or empty
     */
    Optional<String> meant(String missing) {
        List<String> wanted = words(lastPart(missing)).stream().distinct().toList();
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        Map<Integer, Integer> shared = new HashMap<>();
        for (String word : wanted) {
            pagesByWord.getOrDefault(word, List.of()).forEach(page -> shared.merge(page, 1, Integer::sum));
        }
        String folder = folderOf(missing);
        String best = null;
        double bestScore = ENOUGH;
        for (Map.Entry<Integer, Integer> candidate : shared.entrySet()) {
            String page = pages.get(candidate.getKey());
            double score = candidate.getValue() / (double) wanted.size()
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
