package org.bangtin.site;

import org.bangtin.content.Notice;

/** A notice with its place in the site: {@code path} is its page's site path ("/2019/03/slug/"). */
public record NoticeEntry(Notice notice, String path) {
}
