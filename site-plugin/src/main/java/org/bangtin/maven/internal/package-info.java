/**
 * The plugin's own machinery behind the goals: replacing a site folder whole, and the preview
 * server. Not an API; it may change with any release.
 */
package org.bangtin.maven.internal;
