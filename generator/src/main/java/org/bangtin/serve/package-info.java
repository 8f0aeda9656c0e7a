/**
 * Local preview: a small HTTP server for a built site (loopback by default, traversal-safe, no
 * listings) that rebuilds through the public API when the content changed. Used by
 * {@code bangtin serve} and the Maven plugin's {@code serve} goal.
 */
package org.bangtin.serve;
