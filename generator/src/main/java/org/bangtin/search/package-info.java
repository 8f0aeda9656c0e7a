/**
 * The search stage: one Vietnamese analyzer, the Lucene index of the notices, its static export
 * for the browser, and a searcher over it that answers as the browser script does.
 */
package org.bangtin.search;
