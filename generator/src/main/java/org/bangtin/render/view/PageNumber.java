package org.bangtin.render.view;

/**
 * One entry of a list's pagination: a page number, or, in {@link PaginationView#links()}, a gap
 * standing for the pages left out ({@code gap} true, {@code url} null).
 */
public record PageNumber(int number, String url, boolean current, boolean gap) {
    /** A page number that is not a gap. */
    public PageNumber(int number, String url, boolean current) {
        this(number, url, current, false);
    }
}
