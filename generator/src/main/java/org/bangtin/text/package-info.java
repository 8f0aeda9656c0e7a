/**
 * Small helpers shared across stages: diacritic folding, slugs, "did you mean", safe paths, and
 * the store that keeps a build's long texts out of the heap.
 */
package org.bangtin.text;
