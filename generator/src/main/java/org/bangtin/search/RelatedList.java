package org.bangtin.search;

import java.util.List;

/**
 * The related notices of one notice, by document number (0 is the newest notice), best first.
 *
 * @param documents the pinned notices first, then the most related ones
 * @param fallback  true when nothing was related enough, so these are the latest notices of the
 *                  notice's category instead (and are to be labelled as such)
 */
public record RelatedList(List<Integer> documents, boolean fallback) {
    public RelatedList {
        documents = List.copyOf(documents);
    }
}
