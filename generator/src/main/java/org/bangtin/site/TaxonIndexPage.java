package org.bangtin.site;

import java.util.List;

/**
 * The page that lists every category ("/chuyen-muc/") or every tag ("/the/") with its number of
 * notices: the address a reader gets by cutting a category's or tag's address short.
 *
 * @param kind the taxa listed
 * @param taxa categories in the site's order, or tags by name
 */
public record TaxonIndexPage(Kind kind, List<Taxon> taxa) implements PageSpec {
    /** Which taxa. */
    public enum Kind {
        CATEGORIES(SitePlanner.CATEGORY_FOLDER),
        TAGS(SitePlanner.TAG_FOLDER);

        private final String path;

        Kind(String path) {
            this.path = path;
        }
    }

    public TaxonIndexPage {
        taxa = List.copyOf(taxa);
    }

    @Override
    public String path() {
        return kind.path;
    }
}
