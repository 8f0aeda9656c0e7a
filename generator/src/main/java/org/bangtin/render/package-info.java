/** The render stage: Markdown to safe HTML, and pages through the theme's Pebble templates. */
package org.bangtin.render;
