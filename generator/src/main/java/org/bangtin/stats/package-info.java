/** Visitor counts without a server: page views read from a web server's access logs. */
package org.bangtin.stats;
