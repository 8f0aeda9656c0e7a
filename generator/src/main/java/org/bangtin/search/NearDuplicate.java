package org.bangtin.search;

/**
 * Two notices that say almost the same thing, by document number ({@code first < second}).
 *
 * @param percent how much of their word pairs they share (Jaccard similarity, in percent, rounded down)
 */
public record NearDuplicate(int first, int second, int percent) {
}
