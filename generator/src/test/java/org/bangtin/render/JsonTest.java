package org.bangtin.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** JSON for JSON-LD and the calendar's list of days, safe inside a script element. */
class JsonTest {
    @Test
    void writesMapsListsAndEscapesWhatCouldCloseAScript() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("headline", "Thông báo \"khẩn\" </script><script>alert(1)</script> & 2\n");
        value.put("days", List.of("2019-03-27", 3, true));
        value.put("missing", null);

        assertEquals(EXPECTED, Json.write(value));
    }

    private static final String EXPECTED = "{\"headline\":\"Thông báo \\\"khẩn\\\" \\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e \\u0026 2\\n\",\"days\":[\"2019-03-27\",3,true]}";
}
