package org.bangtin.search;

import java.util.List;

/**
 * The related notices of every notice of an index, and the near-duplicates found on the way.
 *
 * @param lists          the list of document i at index i
 * @param nearDuplicates each pair once, ordered by document numbers
 */
public record RelatedLists(List<RelatedList> lists, List<NearDuplicate> nearDuplicates) {
    public RelatedLists {
        lists = List.copyOf(lists);
        nearDuplicates = List.copyOf(nearDuplicates);
    }
}
