package org.bangtin.site;

import static org.bangtin.site.Notices.notice;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.bangtin.config.ExpiredNotices;
import org.bangtin.config.FeedContent;
import org.bangtin.config.SiteConfig;
import org.bangtin.content.Notice;
import org.bangtin.diag.Diagnostics;
import org.junit.jupiter.api.Test;

/**
 * One name per category: site.yml's spelling when it lists the category, else the commonest; a
 * notice that spells a listed category otherwise, or nearly, is told so at its line.
 */
class CategoryNamesTest {
    private final Diagnostics problems = new Diagnostics();

    private SitePlan plan(List<String> listed, Notice... notices) {
        SiteConfig defaults = SiteConfig.defaults();
        SiteConfig config = new SiteConfig(defaults.title(), "", defaults.baseUrl(), "vi", defaults.timeZone(), 10,
                listed, List.of(), null, null, ExpiredNotices.MARK, FeedContent.SUMMARY);
        return new SitePlanner(config).plan(List.of(notices), problems);
    }

    private List<String> reported() {
        return problems.sorted().stream().map(d -> d.location() + ": " + d.severity().label() + ": " + d.message()).toList();
    }

    private static List<String> names(List<Taxon> taxa) {
        return taxa.stream().map(t -> t.name() + " " + t.path() + " " + t.notices().size()).toList();
    }

    @Test
    void spellingsOfAListedCategoryAreShownAsSiteYmlSpellsItAndWarnedAbout() {
        SitePlan plan = plan(List.of("Thông báo", "Kế hoạch"),
                notice("a.md", "A", "2024-03-04", "Thong bao", null),
                notice("b.md", "B", "2024-03-03", "thông báo", null),
                notice("c.md", "C", "2024-03-02", "\u201cThông báo\u201d", null),
                notice("d.md", "D", "2024-03-01", "Thông báo", null));

        assertEquals(List.of("Thông báo /chuyen-muc/thong-bao/ 4"), names(plan.categories()));
        // Every notice's page, feed entry and search filter name it so too.
        assertEquals(List.of("Thông báo"), plan.notices().stream().map(e -> e.notice().category()).distinct().toList());
        assertEquals(List.of(
                "a.md:3: warning: category 'Thong bao' is written differently from 'Thông báo' in site.yml; shown as 'Thông báo'",
                "b.md:3: warning: category 'thông báo' is written differently from 'Thông báo' in site.yml; shown as 'Thông báo'",
                "c.md:3: warning: category '\u201cThông báo\u201d' is written differently from 'Thông báo' in site.yml;"
                        + " shown as 'Thông báo'"), reported());
    }

    @Test
    void aCategoryATypoAwayFromAListedOneIsWarnedAboutWithDidYouMean() {
        SitePlan plan = plan(List.of("Thông báo", "Kế hoạch"),
                notice("a.md", "A", "2024-03-02", "Thông bá", null),
                notice("b.md", "B", "2024-03-01", "Y tế", null));

        assertEquals(List.of("Thông bá /chuyen-muc/thong-ba/ 1", "Y tế /chuyen-muc/y-te/ 1"), names(plan.categories()));
        // 'Y tế' is far from every listed category: an unlisted category is allowed, and follows the listed ones.
        assertEquals(List.of("a.md:3: warning: category 'Thông bá' is not among the categories of site.yml, so it gets a"
                + " menu entry and a list page of its own (/chuyen-muc/thong-ba/); did you mean 'Thông báo'?"), reported());
    }

    @Test
    void withoutAListTheCommonestSpellingIsShownAndTiesGoToTheOldestNotice() {
        SitePlan plan = plan(List.of(),
                notice("a.md", "A", "2024-03-05", "thong bao", null),
                notice("b.md", "B", "2024-03-04", "Thông báo", null),
                notice("c.md", "C", "2024-03-03", "Thông báo", null),
                notice("d.md", "D", "2024-03-02", "thong bao", null),
                notice("e.md", "E", "2024-03-01", "Y te", null),
                notice("f.md", "F", "2024-02-28", "thong bao", null),
                notice("g.md", "G", "2024-02-27", "Y tế", null));

        assertEquals(List.of("thong bao /chuyen-muc/thong-bao/ 5", "Y tế /chuyen-muc/y-te/ 2"), names(plan.categories()));
        assertEquals(List.of(), reported());
    }
}
