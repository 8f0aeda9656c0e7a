package org.bangtin.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class DidYouMeanTest {
    private static final List<String> FIELDS = List.of("title", "date", "updated", "tags", "summary", "attachments");

    @Test
    void suggestsTheNearestKnownName() {
        assertEquals(Optional.of("title"), DidYouMean.closest("tittle", FIELDS));
        assertEquals(Optional.of("date"), DidYouMean.closest("dat", FIELDS));
        assertEquals(Optional.of("updated"), DidYouMean.closest("upadted", FIELDS));
        assertEquals(Optional.of("attachments"), DidYouMean.closest("attachment", FIELDS));
    }

    @Test
    void leavesUnrelatedCustomNamesAlone() {
        assertEquals(Optional.empty(), DidYouMean.closest("note", FIELDS));
        assertEquals(Optional.empty(), DidYouMean.closest("phong-ban", FIELDS));
        assertEquals(Optional.empty(), DidYouMean.closest("title", FIELDS));
    }
}
