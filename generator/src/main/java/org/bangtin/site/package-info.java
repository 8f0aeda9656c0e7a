/** The site stage: URLs, lists, categories, tags and pagination, planned without any I/O. */
package org.bangtin.site;
