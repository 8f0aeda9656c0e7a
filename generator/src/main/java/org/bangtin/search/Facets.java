package org.bangtin.search;

import java.util.ArrayList;
import java.util.List;

/** The filter values of a document, as terms of the facet field: "c:ke-hoach", "t:thong-bao", "y:2019". */
final class Facets {
    static final String CATEGORY = "c:";
    static final String TYPE = "t:";
    static final String YEAR = "y:";

    private Facets() {
    }

    static List<String> of(SearchDocument d) {
        List<String> facets = new ArrayList<>();
        if (d.categorySlug() != null && !d.categorySlug().isEmpty()) {
            facets.add(CATEGORY + d.categorySlug());
        }
        if (d.typeSlug() != null && !d.typeSlug().isEmpty()) {
            facets.add(TYPE + d.typeSlug());
        }
        facets.add(YEAR + d.year());
        return facets;
    }
}
