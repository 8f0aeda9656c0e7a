/** Small pure helpers shared across stages: diacritic folding, slugs, "did you mean", safe paths. */
package org.bangtin.text;
