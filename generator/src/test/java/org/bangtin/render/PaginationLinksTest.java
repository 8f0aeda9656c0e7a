package org.bangtin.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;

import org.bangtin.attach.PdfCatalog;
import org.bangtin.config.SiteConfig;
import org.bangtin.render.view.PageNumber;
import org.bangtin.render.view.PaginationView;
import org.bangtin.site.PageViews;
import org.bangtin.site.Pagination;
import org.bangtin.site.Paginator;
import org.junit.jupiter.api.Test;

/**
 * The compact pagination's {@code links} are what the default theme's pagination showed when it
 * went through every page with its window rule (issue 7: that cost pages² per list).
 */
class PaginationLinksTest {
    private final ViewFactory views = new ViewFactory(SiteConfig.defaults(), java.util.Map.of(), PageViews.NOT_COUNTED,
            PdfCatalog.EMPTY, "{0}", ViewMemory.create());

    @Test
    void linksAreWhatGoingThroughEveryPageWithTheWindowRuleShowed() {
        for (int total = 1; total <= 40; total++) {
            List<String> paths = Paginator.paginate(java.util.Collections.nCopies(total, "x"), 1, "/").stream()
                    .map(page -> page.pagination().pagePaths()).findFirst().orElseThrow();
            for (int current = 1; current <= total; current++) {
                PaginationView view = views.pagination(new Pagination(current, paths));
                assertEquals(byWindowRule(view.pages(), current, total), view.links(), "page " + current + " of " + total);
            }
        }
    }

    @Test
    void pagesListsEveryPage() {
        List<String> paths = List.of("/", "/trang/2/", "/trang/3/");
        PaginationView view = views.pagination(new Pagination(2, paths));
        assertEquals(List.of(new PageNumber(1, "/", false), new PageNumber(2, "/trang/2/", true),
                new PageNumber(3, "/trang/3/", false)), new ArrayList<>(view.pages()));
    }

    /** The rule partials/pagination.peb applied to every page before it went through {@code links}. */
    private static List<PageNumber> byWindowRule(List<PageNumber> pages, int current, int total) {
        List<PageNumber> shown = new ArrayList<>();
        for (PageNumber p : pages) {
            int n = p.number();
            if (n == 1 || n == total || (n >= current - 2 && n <= current + 2) || (n == 2 && current == 5)
                    || (n == total - 1 && current == total - 4)) {
                shown.add(p);
            } else if (n == current - 3 || n == current + 3) {
                shown.add(new PageNumber(n, null, false, true));
            }
        }
        return shown;
    }
}
