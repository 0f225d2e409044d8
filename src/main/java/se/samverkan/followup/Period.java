package se.samverkan.followup;

import java.time.LocalDate;
import java.time.ZoneId;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import se.samverkan.platform.FieldValidationException;

/**
 * A month ("2025-03"), a quarter ("2025-K1") or a year ("2025") in Swedish time: from its first day to the
 * first day after it.
 */
public record Period(Kind kind, String code, LocalDate from, LocalDate to) {

    public enum Kind { MONTH, QUARTER, YEAR }

    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-K([1-4])");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final String[] MONTHS = {"januari", "februari", "mars", "april", "maj", "juni", "juli",
        "augusti", "september", "oktober", "november", "december"};
    private static final String[] QUARTERS = {"Första", "Andra", "Tredje", "Fjärde"};

    /** Parses the period parameter; a refusal names the field {@code period}. */
    public static Period parse(String text) {
        String value = text == null ? "" : text.trim();
        Matcher month = MONTH.matcher(value);
        Matcher quarter = QUARTER.matcher(value);
        Matcher year = YEAR.matcher(value);
        if (month.matches() && Integer.parseInt(month.group(2)) >= 1 && Integer.parseInt(month.group(2)) <= 12) {
            LocalDate from = LocalDate.of(year(month.group(1)), Integer.parseInt(month.group(2)), 1);
            return new Period(Kind.MONTH, value, from, from.plusMonths(1));
        }
        if (quarter.matches()) {
            LocalDate from = LocalDate.of(year(quarter.group(1)), 3 * Integer.parseInt(quarter.group(2)) - 2, 1);
            return new Period(Kind.QUARTER, value, from, from.plusMonths(3));
        }
        if (year.matches()) {
            LocalDate from = LocalDate.of(year(year.group(1)), 1, 1);
            return new Period(Kind.YEAR, value, from, from.plusYears(1));
        }
        throw invalid();
    }

    private static int year(String digits) {
        int year = Integer.parseInt(digits);
        if (year < 2000 || year > 2100) {
            throw invalid();
        }
        return year;
    }

    private static FieldValidationException invalid() {
        return new FieldValidationException("period",
                "Period: ange en månad (2025-03), ett kvartal (2025-K1) eller ett år (2025) mellan 2000 och 2100.");
    }

    public Instant start(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    public Instant end(ZoneId zone) {
        return to.atStartOfDay(zone).toInstant();
    }

    /** As a board reads it: "mars 2025", "första kvartalet 2025", "2025". */
    public String label() {
        return switch (kind) {
            case MONTH -> MONTHS[from.getMonthValue() - 1] + " " + from.getYear();
            case QUARTER -> QUARTERS[(from.getMonthValue() - 1) / 3].toLowerCase() + " kvartalet " + from.getYear();
            case YEAR -> String.valueOf(from.getYear());
        };
    }

    /** The months of the period, for figures over time ("2025-01", ...). */
    public java.util.List<LocalDate> months() {
        java.util.List<LocalDate> months = new java.util.ArrayList<>();
        for (LocalDate month = from; month.isBefore(to); month = month.plusMonths(1)) {
            months.add(month);
        }
        return months;
    }

    public boolean contains(LocalDate day) {
        return day != null && !day.isBefore(from) && day.isBefore(to);
    }
}
