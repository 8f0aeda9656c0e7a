package org.bangtin.render.view;

/** A feed for autodiscovery: {@code <link rel="alternate" type="..." title="..." href="...">}. */
public record FeedLink(String title, String url, String type) {
}
