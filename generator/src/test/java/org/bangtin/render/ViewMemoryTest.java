package org.bangtin.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

import org.bangtin.attach.PdfCatalog;
import org.bangtin.config.SiteConfig;
import org.bangtin.content.DocumentInfo;
import org.bangtin.content.Notice;
import org.bangtin.render.view.SummaryView;
import org.bangtin.site.NoticeEntry;
import org.bangtin.site.PageViews;
import org.junit.jupiter.api.Test;

/**
 * The views the preview keeps between builds: the same object while a notice, its page and its
 * body are the same, a new one as soon as any of them or the settings change.
 */
class ViewMemoryTest {
    private static final SiteConfig CONFIG = SiteConfig.defaults();
    private final ViewMemory memory = ViewMemory.create();
    private final Notice notice = notice("Kế hoạch 925/KH-UBND");
    private final RenderedBody body = new RenderedBody("<p>Thực hiện bình đẳng giới.</p>", "Thực hiện bình đẳng giới.",
            "Thực hiện bình đẳng giới.", List.of());

    @Test
    void aNoticeUnchangedSinceTheLastBuildKeepsItsViews() {
        SummaryView first = summary(CONFIG, new NoticeEntry(notice, "/2019/03/ke-hoach/"), body);
        SummaryView second = summary(CONFIG, new NoticeEntry(notice, "/2019/03/ke-hoach/"), body);
        assertSame(first, second);
    }

    @Test
    void aNewNoticeObjectANewPathANewBodyOrNewSettingsMakeANewView() {
        NoticeEntry entry = new NoticeEntry(notice, "/2019/03/ke-hoach/");
        SummaryView first = summary(CONFIG, entry, body);

        Notice edited = notice("Kế hoạch 925/KH-UBND (sửa đổi)");
        SummaryView ofEdited = summary(CONFIG, new NoticeEntry(edited, "/2019/03/ke-hoach/"), body);
        assertEquals("Kế hoạch 925/KH-UBND (sửa đổi)", ofEdited.title());

        SummaryView moved = summary(CONFIG, new NoticeEntry(notice, "/2019/03/ke-hoach-2/"), body);
        assertEquals("/2019/03/ke-hoach-2/", moved.url());

        RenderedBody newBody = new RenderedBody("<p>Mới.</p>", "Mới.", "Mới.", List.of());
        SummaryView rewritten = summary(CONFIG, entry, newBody);
        assertEquals("Mới.", rewritten.excerpt());

        SiteConfig underPath = CONFIG.withBaseUrl("https://ubnd.example.vn/tin");
        SummaryView rebased = summary(underPath, entry, newBody);
        assertEquals("/tin/2019/03/ke-hoach/", rebased.url());
        assertNotSame(first, rebased);
    }

    @Test
    void viewsNotAskedForInABuildAreForgotten() {
        NoticeEntry entry = new NoticeEntry(notice, "/2019/03/ke-hoach/");
        SummaryView first = summary(CONFIG, entry, body);
        memory.startBuild(CONFIG, Map.of()); // a build that shows no list
        SummaryView later = summary(CONFIG, entry, body);
        assertNotSame(first, later);
        assertEquals(first, later);
    }

    /** One build that asks for the summary of {@code entry}. */
    private SummaryView summary(SiteConfig config, NoticeEntry entry, RenderedBody text) {
        memory.startBuild(config, Map.of());
        ViewFactory views = new ViewFactory(config, Map.of(entry.notice(), text), PageViews.NOT_COUNTED, PdfCatalog.EMPTY,
                "{0}", memory);
        return views.summary(entry, false);
    }

    private static Notice notice(String title) {
        Path source = Path.of("/content/ke-hoach.md");
        return new Notice(source, Path.of("ke-hoach.md"), source.getParent(), title,
                ZonedDateTime.parse("2019-03-27T08:00+07:00[Asia/Ho_Chi_Minh]"), null, null, "Thông báo", List.of(), null,
                false, null, null, DocumentInfo.NONE, List.of(), null, Map.of(), "", 5, Map.of());
    }
}
