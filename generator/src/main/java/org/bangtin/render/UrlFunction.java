package org.bangtin.render;

import java.util.List;
import java.util.Map;

import io.pebbletemplates.pebble.extension.Function;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;

/** The templates' {@code url('/css/site.css')}: a site path with the site's base path in front. */
final class UrlFunction implements Function {
    private final String basePath;

    UrlFunction(String basePath) {
        this.basePath = basePath;
    }

    @Override
    public List<String> getArgumentNames() {
        return List.of("path");
    }

    @Override
    public Object execute(Map<String, Object> args, PebbleTemplate self, EvaluationContext context, int lineNumber) {
        Object path = args.get("path");
        String text = path == null ? "/" : path.toString();
        return basePath + (text.startsWith("/") ? text : "/" + text);
    }
}
