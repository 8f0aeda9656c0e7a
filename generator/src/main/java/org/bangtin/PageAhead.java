package org.bangtin;

/**
 * A notice's page that the preview wrote ahead of a rebuild ({@link SiteBuilder#renderPagesAhead}).
 *
 * @param url        its URL path, base path included ("/2019/03/slug/")
 * @param movedFrom  the URL path the notice's page had before, when the edit moved it (a new
 *                   title makes a new address); null when it kept its address
 */
public record PageAhead(String url, String movedFrom) {
    /** A page that kept its address. */
    public static PageAhead at(String url) {
        return new PageAhead(url, null);
    }
}
