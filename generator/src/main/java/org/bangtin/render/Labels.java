package org.bangtin.render;

import java.util.Map;

/**
 * UI strings with named placeholders: {@code "Tháng {month}/{year}"}. A missing key shows the key
 * itself, as templates do. Immutable.
 */
final class Labels {
    private final Map<String, String> messages;

    Labels(Map<String, String> messages) {
        this.messages = Map.copyOf(messages);
    }

    String get(String key) {
        return messages.getOrDefault(key, key);
    }

    /** The string of {@code key} with each "{name}" replaced by its value. */
    String format(String key, Map<String, ?> values) {
        String text = get(key);
        for (Map.Entry<String, ?> value : values.entrySet()) {
            text = text.replace("{" + value.getKey() + "}", String.valueOf(value.getValue()));
        }
        return text;
    }
}
