package org.bangtin.render;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.pebbletemplates.pebble.extension.Filter;
import io.pebbletemplates.pebble.extension.escaper.SafeString;
import io.pebbletemplates.pebble.template.EvaluationContext;
import io.pebbletemplates.pebble.template.PebbleTemplate;
import org.jsoup.nodes.Entities;

/**
 * The {@code contactLinks} filter: a line of text (the footer's "Điện thoại: 0200 3 812 345 –
 * Email: ubnd@phuxuan.gov.vn") escaped, with its e-mail addresses and phone numbers made links
 * that a phone opens in its mail or phone app.
 */
final class ContactLinks implements Filter {
    /** An e-mail address, or a Vietnamese phone number of 9 to 11 digits (spaces, dots or dashes between). */
    private static final Pattern CONTACT = Pattern.compile(
            "(?<mail>[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+)|(?<phone>(?<![\\w+])(?:\\+84|0)(?:[ .-]?\\d){8,10}(?!\\w))");

    @Override
    public List<String> getArgumentNames() {
        return List.of();
    }

    @Override
    public Object apply(Object input, Map<String, Object> args, PebbleTemplate self, EvaluationContext context,
            int lineNumber) {
        if (input == null) {
            return null;
        }
        String text = input.toString();
        StringBuilder html = new StringBuilder();
        Matcher contact = CONTACT.matcher(text);
        int last = 0;
        while (contact.find()) {
            html.append(escape(text.substring(last, contact.start())));
            String shown = escape(contact.group());
            String target = contact.group("mail") != null ? "mailto:" + shown
                    : "tel:" + contact.group().replaceAll("[ .-]", "").replaceFirst("^0", "+84");
            html.append("<a href=\"").append(target).append("\">").append(shown).append("</a>");
            last = contact.end();
        }
        html.append(escape(text.substring(last)));
        return new SafeString(html.toString());
    }

    private static String escape(String text) {
        return Entities.escape(text);
    }
}
