package org.bangtin.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;

import org.bangtin.render.view.ArchiveIndexView;
import org.bangtin.render.view.DateView;
import org.bangtin.render.view.Link;
import org.junit.jupiter.api.Test;

class ViewAttributesTest {
    private final ViewAttributes attributes = new ViewAttributes();

    @Test
    void readsTheComponentsOfViewRecords() {
        Link link = new Link("Giáo dục", "/chuyen-muc/giao-duc/");
        assertEquals("Giáo dục", attributes.resolve(link, "name", null, null, null, "t", 1).evaluatedValue);
        assertEquals("/chuyen-muc/giao-duc/", attributes.resolve(link, "url", new Object[0], null, null, "t", 1).evaluatedValue);
        DateView date = new DateView("27/03/2019", "2019-03-27T08:30:00+07:00");
        assertEquals("2019-03-27T08:30:00+07:00", attributes.resolve(date, "iso", null, null, null, "t", 1).evaluatedValue);
        ArchiveIndexView.Month month = new ArchiveIndexView.Month("Tháng 3", "/2019/03/", 12);
        assertEquals(12, attributes.resolve(month, "count", null, null, null, "t", 1).evaluatedValue, "an int, boxed");
        ArchiveIndexView archive = new ArchiveIndexView(0, List.of());
        assertEquals(List.of(), attributes.resolve(archive, "years", null, null, null, "t", 1).evaluatedValue);
    }

    @Test
    void leavesEverythingElseToPebble() {
        Link link = new Link("a", "/a/");
        assertNull(attributes.resolve(link, "missing", null, null, null, "t", 1), "not a component");
        assertNull(attributes.resolve(link, "name", new Object[] {1}, null, null, "t", 1), "a call with arguments");
        assertNull(attributes.resolve(new Outside("x"), "value", null, null, null, "t", 1), "a record of another package");
        assertNull(attributes.resolve("text", "length", null, null, null, "t", 1), "not a record");
        assertNull(attributes.resolve(null, "name", null, null, null, "t", 1), "null");
    }

    /** A record outside the view package. */
    public record Outside(String value) {
    }
}
