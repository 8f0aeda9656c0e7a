/** The content stage: notice files found, front matter typed, attachments checked. */
package org.bangtin.content;
