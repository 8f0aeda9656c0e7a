package org.bangtin.render.view;

import java.util.List;

/** {@code taxonIndex} in {@code taxon-index.peb}: every category or tag, with its number of notices. */
public record TaxonIndexView(String kind, List<CategoryLink> items) {
    public TaxonIndexView {
        items = List.copyOf(items);
    }
}
