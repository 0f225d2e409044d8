package se.samverkan.platform;

import static se.samverkan.platform.ClockConfiguration.SWEDEN;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.json.SpinJsonNode;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Reads what a Camunda Form (or a REST client) submitted, whatever the variable type: Tasklist sends
 * strings, booleans and Json; REST clients may send anything. Values that cannot be read are
 * refused with a Swedish message naming the field, as the form labels it.
 */
public final class FormData {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern DATE_SPACE_TIME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2}) (\\d{2}:\\d{2})");

    private final VariableScope variables;

    private FormData(VariableScope variables) {
        this.variables = variables;
    }

    public static FormData of(VariableScope variables) {
        return new FormData(variables);
    }

    public String text(String name) {
        Object value = variables.getVariable(name);
        if (value == null) {
            return null;
        }
        String text = value.toString().trim();
        return text.isEmpty() ? null : text;
    }

    public Boolean bool(String name, String label) {
        Object value = variables.getVariable(name);
        if (value == null || value instanceof Boolean) {
            return (Boolean) value;
        }
        String text = value.toString().trim();
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("ja")) {
            return true;
        }
        if (text.equalsIgnoreCase("false") || text.equalsIgnoreCase("nej") || text.isEmpty()) {
            return false;
        }
        throw new FieldValidationException(name, label + ": svara ja eller nej.");
    }

    public Integer number(String name, String label) {
        Object value = variables.getVariable(name);
        if (value == null || value instanceof Integer) {
            return (Integer) value;
        }
        if (value instanceof Number n) {
            return n.intValue();
        }
        try {
            return value.toString().isBlank() ? null : Integer.parseInt(value.toString().trim());
        } catch (NumberFormatException e) {
            throw new FieldValidationException(name, label + ": ange ett heltal.");
        }
    }

    /** A date: "2026-12-01", an ISO date-time, or a java.util.Date. */
    public LocalDate date(String name, String label) {
        Object value = variables.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof Date date) {
            return date.toInstant().atZone(SWEDEN).toLocalDate();
        }
        String text = value.toString().trim();
        try {
            return text.length() <= 10 ? LocalDate.parse(text) : dateTime(name, label).toLocalDate();
        } catch (DateTimeParseException e) {
            throw new FieldValidationException(name, label + ": ange ett datum som ÅÅÅÅ-MM-DD.");
        }
    }

    /** A start a datetime field shows pre-filled: Swedish local time, as the field sends it ("2026-12-01T10:00"). */
    public static String dateTimeValue(ZonedDateTime time) {
        return time.withZoneSameInstant(SWEDEN).format(DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"));
    }

    /**
     * A point in time; without an offset it is Swedish local time. Tasklist's date and time fields send
     * "2026-12-01T10:00" (no time zone, the time as typed); "2026-12-01 10:00", as the message below
     * suggests, is read the same.
     */
    public ZonedDateTime dateTime(String name, String label) {
        Object value = variables.getVariable(name);
        if (value == null || value.toString().isBlank()) {
            return null;
        }
        if (value instanceof Date date) {
            return date.toInstant().atZone(SWEDEN);
        }
        String text = DATE_SPACE_TIME.matcher(value.toString().trim()).replaceFirst("$1T$2");
        try {
            return OffsetDateTime.parse(text).atZoneSameInstant(SWEDEN);
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text).atZone(SWEDEN);
            } catch (DateTimeParseException e) {
                throw new FieldValidationException(name, label + ": ange datum och tid, till exempel 2026-12-01 10:00.");
            }
        }
    }

    /** A checklist or taglist: Json array, Java collection or comma-separated text. */
    public List<String> texts(String name) {
        Object value = variables.getVariable(name);
        List<String> result = new ArrayList<>();
        if (value == null) {
            return result;
        }
        if (value instanceof Collection<?> collection) {
            collection.stream().filter(v -> v != null && !v.toString().isBlank()).forEach(v -> result.add(v.toString().trim()));
            return result;
        }
        JsonNode node = json(value);
        if (node != null && node.isArray()) {
            node.forEach(item -> {
                if (!item.isNull() && !item.asText().isBlank()) {
                    result.add(item.asText().trim());
                }
            });
            return result;
        }
        for (String part : value.toString().split(",")) {
            if (!part.isBlank()) {
                result.add(part.trim());
            }
        }
        return result;
    }

    /**
     * Numbered rows of fields, e.g. action1What, action1Agency, action2What, ..., each read into a record
     * by {@code read}. Rows left entirely empty are skipped. (Tasklist 7.24 cannot submit form-js dynamic
     * lists, so forms repeat numbered fields instead.)
     */
    public <T> List<T> rows(String prefix, int maxRows, Function<Row, T> read) {
        List<T> rows = new ArrayList<>();
        for (int i = 1; i <= maxRows; i++) {
            Row row = new Row(prefix, i);
            T value = read.apply(row);
            if (row.anyValue) {
                rows.add(value);
            }
        }
        return rows;
    }

    /** One numbered row: {@code text("what")} in row 2 of "action" reads action2What. */
    public final class Row {

        private final String prefix;
        private final int number;
        private boolean anyValue;

        private Row(String prefix, int number) {
            this.prefix = prefix;
            this.number = number;
        }

        public int number() {
            return number;
        }

        public String text(String field) {
            String value = FormData.this.text(fieldName(prefix, number, field));
            anyValue |= value != null;
            return value;
        }
    }

    /** The form field of a numbered row: ("action", 2, "dueDate") is action2DueDate. */
    public static String fieldName(String prefix, int row, String field) {
        return prefix + row + Character.toUpperCase(field.charAt(0)) + field.substring(1);
    }

    private static JsonNode json(Object value) {
        try {
            if (value instanceof SpinJsonNode spin) {
                return JSON.readTree(spin.toString());
            }
            String text = value.toString().trim();
            return text.startsWith("[") || text.startsWith("{") ? JSON.readTree(text) : null;
        } catch (Exception e) {
            return null;
        }
    }
}
