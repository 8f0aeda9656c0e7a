package org.bangtin.importer;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.bangtin.content.DocumentNumber;
import org.bangtin.content.DocumentTypes;

/**
 * The official document an article announces, read from its text: "Ngày 27/3/2019 UBND huyện đã
 * ban hành Kế hoạch số 925/KH-UBND" gives number 925/KH-UBND, type Kế hoạch, issued 27/3/2019.
 *
 * @param numbers every document number in the text, in order
 * @param number  the first number whose abbreviation names a known type, or null
 * @param type    that type, or null
 * @param issued  the date of the sentence naming that number, when not after the posting, or null
 */
record DocumentFacts(List<String> numbers, String number, String type, LocalDate issued) {
    private static final Pattern DAY = Pattern.compile("[Nn]gày\\s+(\\d{1,2})/(\\d{1,2})/(\\d{4})");

    static DocumentFacts find(String text, LocalDate posted) {
        List<String> numbers = new ArrayList<>();
        Matcher matcher = DocumentNumber.IN_TEXT.matcher(text);
        while (matcher.find()) {
            String number = matcher.group().replaceFirst("\\.+$", ""); // the sentence's full stop: "925/KH-UBND."
            if (!numbers.contains(number)) {
                numbers.add(number);
            }
        }
        for (String number : numbers) {
            Optional<String> type = DocumentNumber.parse(number).flatMap(n -> DocumentTypes.typeOf(n.firstAbbreviation()));
            if (type.isPresent()) {
                return new DocumentFacts(numbers, number, type.get(), issued(text, number, posted));
            }
        }
        return new DocumentFacts(numbers, null, null, null);
    }

    /** The "ngày d/m/yyyy" in the sentence that names {@code number}. */
    private static LocalDate issued(String text, String number, LocalDate posted) {
        for (String sentence : text.split("(?<=[.;!?])\\s+")) {
            if (!sentence.contains(number)) {
                continue;
            }
            Matcher day = DAY.matcher(sentence);
            if (day.find()) {
                try {
                    LocalDate date = LocalDate.of(Integer.parseInt(day.group(3)), Integer.parseInt(day.group(2)),
                            Integer.parseInt(day.group(1)));
                    return date.isAfter(posted) ? null : date;
                } catch (DateTimeException e) {
                    return null;
                }
            }
            return null;
        }
        return null;
    }
}
