package org.bangtin.render.view;

/**
 * {@code archive} in {@code archive.peb}: the period shown and its neighbours.
 *
 * @param kind     year, month or day
 * @param count    the notices of the whole period
 * @param previous the nearest older period with notices, or null
 * @param next     the nearest newer period with notices, or null
 * @param up       the year of a month, the month of a day; null for a year
 */
public record ArchiveView(String kind, String name, int count, Link previous, Link next, Link up) {
}
