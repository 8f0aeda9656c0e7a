package org.bangtin.render.view;

import java.util.List;

/** {@code list} in {@code home.peb} and {@code list.peb}. */
public record ListView(String heading, List<SummaryView> items, PaginationView pagination) {
}
