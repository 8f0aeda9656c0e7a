package org.bangtin.render.view;

/** A date as readers see it ("29/03/2019") and as machines read it (ISO 8601, for {@code <time>}). */
public record DateView(String text, String iso) {
}
