package org.bangtin.render.view;

/** One page number in a list's pagination. */
public record PageNumber(int number, String url, boolean current) {
}
