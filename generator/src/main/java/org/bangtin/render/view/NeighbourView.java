package org.bangtin.render.view;

/** The newer or older notice linked from a notice's page. */
public record NeighbourView(String title, String url, DateView date) {
}
