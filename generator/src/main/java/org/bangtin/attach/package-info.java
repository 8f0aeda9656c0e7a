/**
 * The attachment stage, between content and rendering: what is inside each attached PDF (its text,
 * page count and a first-page preview), read with PDFBox, cached by content hash, and the checks
 * that warn about PDFs readers cannot open and files too large for a phone. The only package that
 * uses PDFBox.
 */
package org.bangtin.attach;
