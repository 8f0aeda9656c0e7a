package org.bangtin.render;

import java.nio.file.Path;

/**
 * A link inside the site that a notice's body gives as written: root-relative ("/2019/03/x/",
 * "/luu-tru/#nam-2019") or to an anchor of the notice's own page ("#muc-2"). Checked by
 * {@link LinkChecker} once every page is known.
 *
 * @param source   the notice's file, as messages show it
 * @param line     the line of the link in that file
 * @param pageUrl  the URL of the notice's page (base path included), which "#..." links point into
 * @param href     the link as written
 */
public record InternalLink(Path source, int line, String pageUrl, String href) {
}
