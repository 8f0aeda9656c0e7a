package org.bangtin.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class PaginatorTest {

    @Test
    void splitsIntoPagesWithStableUrls() {
        List<Integer> items = IntStream.rangeClosed(1, 23).boxed().toList();
        List<Paginator.Page<Integer>> pages = Paginator.paginate(items, 10, "/chuyen-muc/ke-hoach/");

        assertEquals(3, pages.size());
        assertEquals(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10), pages.get(0).items());
        assertEquals(List.of(21, 22, 23), pages.get(2).items());
        assertEquals(List.of("/chuyen-muc/ke-hoach/", "/chuyen-muc/ke-hoach/trang/2/", "/chuyen-muc/ke-hoach/trang/3/"),
                pages.get(1).pagination().pagePaths());
    }

    @Test
    void linksNewerAndOlderPages() {
        List<Paginator.Page<Integer>> pages = Paginator.paginate(List.of(1, 2, 3, 4, 5), 2, "/");

        assertNull(pages.get(0).pagination().newerPath());
        assertEquals("/trang/2/", pages.get(0).pagination().olderPath());
        assertEquals("/", pages.get(1).pagination().newerPath());
        assertEquals("/trang/3/", pages.get(1).pagination().olderPath());
        assertNull(pages.get(2).pagination().olderPath());
    }

    @Test
    void anEmptyListHasOneEmptyPage() {
        List<Paginator.Page<Integer>> pages = Paginator.paginate(List.of(), 10, "/");
        assertEquals(1, pages.size());
        assertEquals(1, pages.get(0).pagination().total());
        assertEquals(List.of(), pages.get(0).items());
    }

    @Test
    void anExactMultipleHasNoEmptyLastPage() {
        assertEquals(2, Paginator.paginate(IntStream.range(0, 20).boxed().toList(), 10, "/").size());
    }
}
