package org.bangtin.site;

/** A notice's own page, with its neighbours in newest-first order (null at the ends). */
public record NoticePage(NoticeEntry entry, NoticeEntry newer, NoticeEntry older) implements PageSpec {
    @Override
    public String path() {
        return entry.path();
    }
}
