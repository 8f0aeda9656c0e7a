package org.bangtin.cli;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --now}: a date ("2026-12-01", midnight) or a date and time ("2026-12-01T08:30", "2026-12-01 08:30"). */
final class ClockConverter implements ITypeConverter<LocalDateTime> {
    @Override
    public LocalDateTime convert(String value) {
        String text = value.strip().replace(' ', 'T');
        try {
            return text.contains("T") ? LocalDateTime.parse(text) : LocalDate.parse(text).atStartOfDay();
        } catch (DateTimeParseException e) {
            throw new TypeConversionException("'" + value + "' is not a date such as 2026-12-01 or 2026-12-01T08:30");
        }
    }
}
