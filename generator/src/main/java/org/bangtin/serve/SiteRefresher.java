package org.bangtin.serve;

import java.util.Optional;

/** Brings the served site up to date with its content before a page is served. */
@FunctionalInterface
public interface SiteRefresher {
    /** A refresher for a site that never changes. */
    SiteRefresher NONE = Optional::empty;

    /**
     * Rebuilds the site if its content changed. Returns the build's problems, as plain text, when
     * the site could not be built; empty when the served site is current.
     */
    Optional<String> refresh();

    /**
     * {@link #refresh()} before serving the page at {@code rawPath}; a refresher may serve a page
     * it knows to be current without waiting for a rebuild under way.
     */
    default Optional<String> refreshFor(String rawPath) {
        return refresh();
    }
}
