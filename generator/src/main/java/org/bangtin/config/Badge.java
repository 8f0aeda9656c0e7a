package org.bangtin.config;

/** The trust badge in the footer (e.g. "Tín nhiệm mạng"); {@code url} and {@code image} may be null. */
public record Badge(String text, String url, String image) {
}
