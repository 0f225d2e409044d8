package se.samverkan.platform;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Swedish personnummer or samordningsnummer (day of birth + 60), in any common written form:
 * 12 or 10 digits, with or without "-", or "+" for people aged 100 or more. Valid means a real date
 * that is not in the future, and a correct Luhn check digit.
 */
public final class PersonalIdentityNumber {

    private static final Pattern FORM = Pattern.compile("^(\\d{2})?(\\d{2})(\\d{2})(\\d{2})([-+]?)(\\d{3})(\\d)$");

    private static final Pattern IN_TEXT = Pattern.compile(
            "(?<!\\d)(\\d{6}|\\d{8})(\\s{0,3}[-\u2010\u2011\u2012\u2013\u2014\u2212+]?\\s{0,3})(\\d{4})(?!\\d)");

    private final LocalDate birthDate;
    private final String canonical;
    private final boolean coordinationNumber;

    private PersonalIdentityNumber(LocalDate birthDate, String canonical, boolean coordinationNumber) {
        this.birthDate = birthDate;
        this.canonical = canonical;
        this.coordinationNumber = coordinationNumber;
    }

    /** Parses relative to {@code today} (which decides the century of a 10-digit number). */
    public static Optional<PersonalIdentityNumber> parse(String text, LocalDate today) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(text.trim().replace(" ", ""));
        if (!m.matches()) {
            return Optional.empty();
        }
        String century = m.group(1);
        int yy = Integer.parseInt(m.group(2));
        int month = Integer.parseInt(m.group(3));
        int dayField = Integer.parseInt(m.group(4));
        String separator = m.group(5);
        String serial = m.group(6);
        int check = Integer.parseInt(m.group(7));
        if (century != null && separator.equals("+")) {
            return Optional.empty();
        }
        boolean coordination = dayField > 60;
        int day = coordination ? dayField - 60 : dayField;

        int year;
        if (century != null) {
            year = Integer.parseInt(century) * 100 + yy;
        } else {
            year = today.getYear() - Math.floorMod(today.getYear() - yy, 100);
            LocalDate candidate = safeDate(year, month, day);
            if (candidate != null && candidate.isAfter(today)) {
                year -= 100;
            }
            if (separator.equals("+")) {
                year -= 100;
            }
        }
        LocalDate birthDate = safeDate(year, month, day);
        if (birthDate == null || birthDate.isAfter(today)) {
            return Optional.empty();
        }
        String nineDigits = String.format("%02d%02d%02d%s", year % 100, month, dayField, serial);
        if (luhnCheckDigit(nineDigits) != check) {
            return Optional.empty();
        }
        String canonical = String.format("%04d%02d%02d-%s%d", year, month, dayField, serial, check);
        return Optional.of(new PersonalIdentityNumber(birthDate, canonical, coordination));
    }

    public static boolean isValid(String text, LocalDate today) {
        return parse(text, today).isPresent();
    }

    /**
     * Whether a free text holds a valid number anywhere, written with any dash (hyphen, en or em dash,
     * minus sign) and any spacing around it: "20180912 – 9891", "180912 9891", "201809129891".
     */
    public static boolean occursIn(String text, LocalDate today) {
        if (text == null) {
            return false;
        }
        Matcher candidate = IN_TEXT.matcher(text);
        while (candidate.find()) {
            String separator = candidate.group(2).strip();
            String normalised = candidate.group(1) + (separator.equals("+") ? "+" : "") + candidate.group(3);
            if (isValid(normalised, today)) {
                return true;
            }
        }
        return false;
    }

    /** The Luhn digit for the nine digits YYMMDDNNN. */
    static int luhnCheckDigit(String nineDigits) {
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            int d = (nineDigits.charAt(i) - '0') * (i % 2 == 0 ? 2 : 1);
            sum += d > 9 ? d - 9 : d;
        }
        return (10 - sum % 10) % 10;
    }

    private static LocalDate safeDate(int year, int month, int day) {
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    public LocalDate birthDate() {
        return birthDate;
    }

    public boolean isCoordinationNumber() {
        return coordinationNumber;
    }

    /** YYYYMMDD-NNNN. */
    @Override
    public String toString() {
        return canonical;
    }
}
