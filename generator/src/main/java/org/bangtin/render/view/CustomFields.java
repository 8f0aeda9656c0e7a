package org.bangtin.render.view;

import java.util.AbstractMap;
import java.util.Map;
import java.util.Set;

/**
 * A notice's custom front matter fields as a template reads them: a field the notice does not
 * have is {@code null}, not an error. Templates run with strict variables, so that a misspelled
 * value is reported; but a custom field ("phong-ban") is by nature on some notices only, and
 * {@code {{ notice.custom['phong-ban'] }}} must not fail the build for the others.
 */
public final class CustomFields extends AbstractMap<String, Object> {
    private final Map<String, Object> fields;

    public CustomFields(Map<String, Object> fields) {
        this.fields = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fields));
    }

    /** Every name is there for Pebble, which looks before it reads; the missing ones hold null. */
    @Override
    public boolean containsKey(Object key) {
        return true;
    }

    @Override
    public Object get(Object key) {
        return fields.get(key);
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return fields.entrySet();
    }
}
