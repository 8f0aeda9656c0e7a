package org.bangtin.site;

/** One page of the site to write: what it shows, and where. */
public sealed interface PageSpec permits NoticePage, ListPage, NotFoundPage, SearchPage, ArchivePage,
        ArchiveIndexPage, TaxonIndexPage {

    /** The page's site path, "/" separated, starting and ending with "/" (except "/404.html"). */
    String path();

    /** The file to write, relative to the output folder. */
    default String outputFile() {
        String path = path();
        return path.endsWith("/") ? path.substring(1) + "index.html" : path.substring(1);
    }
}
