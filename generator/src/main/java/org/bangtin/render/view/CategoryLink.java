package org.bangtin.render.view;

/** A category in the navigation, with its number of notices. */
public record CategoryLink(String name, String url, int count) {
}
