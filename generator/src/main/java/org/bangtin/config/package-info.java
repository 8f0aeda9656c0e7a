/**
 * The site's settings (site.yml) as immutable records, and what reading them shares with front
 * matter: UTF-8 decoding that reports bad bytes, and YAML.
 */
package org.bangtin.config;
