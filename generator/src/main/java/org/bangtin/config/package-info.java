/** The site's settings (site.yml) as immutable records, and the YAML reading shared with front matter. */
package org.bangtin.config;
