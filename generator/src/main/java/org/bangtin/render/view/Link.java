package org.bangtin.render.view;

/** A named link: a notice's category, one of its tags. */
public record Link(String name, String url) {
}
