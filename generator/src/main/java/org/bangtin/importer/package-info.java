/**
 * {@code bangtin import}: saved article pages of an existing portal turned into notices with jsoup,
 * guided by a profile of CSS selectors.
 */
package org.bangtin.importer;
