/** The public API of bangtin: build a site from a content folder. */
package org.bangtin;
