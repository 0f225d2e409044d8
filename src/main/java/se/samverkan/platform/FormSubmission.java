package se.samverkan.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import se.samverkan.platform.FormContract.Field;
import se.samverkan.platform.FormContract.FieldType;

/**
 * Checks the variables of one start or task completion against the deployed form and writes them anew
 * in the REST API's format: exactly the form's fields, each with the type the form gives it. Free text
 * is sent on as transient variables: the listeners read it in the same transaction and store it in the
 * application's tables, and the engine never stores it (no runtime row, no history).
 */
public final class FormSubmission {

    static final int MAX_LIST_ENTRIES = 100;
    private static final int MAX_DATE_LENGTH = 40;
    /** Types the REST API accepts that a form can produce. Object, Bytes and File never come from a form. */
    private static final Set<String> FORM_TYPES = Set.of("string", "boolean", "integer", "long", "short", "double",
            "json", "null");
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final FormContract contract;
    private final Function<Field, List<String>> serverOptions;
    private final Set<String> personalNumberFields;
    private final Set<String> routeTextFields;
    private final LocalDate today;

    /**
     * @param serverOptions the allowed values the server sets for a field (null when it sets none: then a
     *     field with a static list keeps the form's list, and a field with a {@code valuesKey} allows nothing)
     * @param personalNumberFields the fields meant for a personnummer; in every other text one is refused
     * @param routeTextFields the free-text fields ("formId/fieldKey") the engine keeps ({@link RouteTextFields})
     */
    public FormSubmission(FormContract contract, Function<Field, List<String>> serverOptions,
            Set<String> personalNumberFields, Set<String> routeTextFields, LocalDate today) {
        this.contract = contract;
        this.serverOptions = serverOptions;
        this.personalNumberFields = personalNumberFields;
        this.routeTextFields = routeTextFields;
        this.today = today;
    }

    /** The variables to hand on to the engine; refuses with the first field that breaks the contract. */
    public ObjectNode check(JsonNode variables) {
        if (variables != null && !variables.isNull() && !variables.isObject()) {
            throw new FieldValidationException("variables", "Formuläret kunde inte läsas.");
        }
        ObjectNode checked = NODES.objectNode();
        if (variables != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = variables.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                Field field = contract.field(entry.getKey());
                if (field == null) {
                    throw new FieldValidationException(entry.getKey(), "Fältet \"" + entry.getKey()
                            + "\" finns inte i formuläret och tas inte emot.");
                }
                JsonNode value = valueOf(field, entry.getValue());
                ObjectNode out = convert(field, value);
                if (out != null) {
                    checked.set(field.key(), out);
                }
            }
        }
        for (Field field : contract.fields().values()) {
            if (!checked.has(field.key()) && !field.type().isFreeText()) {
                // What this round of the form did not send must not be read from an earlier round.
                checked.set(field.key(), typed(NODES.nullNode(), "Null", false));
            }
            if (field.required() && !field.conditional() && isEmpty(field, checked.get(field.key()))) {
                throw new FieldValidationException(field.key(), field.label() + ": fältet måste fyllas i.");
            }
        }
        return checked;
    }

    /** The submitted value, after checking that its declared type is one a form can send. */
    private static JsonNode valueOf(Field field, JsonNode dto) {
        if (dto == null || !dto.isObject()) {
            throw wrongType(field);
        }
        String type = dto.path("type").asText("").toLowerCase();
        if (!type.isEmpty() && !FORM_TYPES.contains(type)) {
            throw wrongType(field);
        }
        JsonNode value = dto.get("value");
        return value == null ? NODES.nullNode() : value;
    }

    private ObjectNode convert(Field field, JsonNode value) {
        if (value.isNull() || (value.isTextual() && value.asText().isEmpty() && field.type() != FieldType.TEXTFIELD
                && field.type() != FieldType.TEXTAREA)) {
            // Free text left empty is simply not sent; other empty fields clear what an earlier round set.
            return field.type().isFreeText() ? null : typed(NODES.nullNode(), "Null", false);
        }
        return switch (field.type()) {
            case TEXTFIELD, TEXTAREA -> typed(NODES.textNode(freeText(field, value)), "String",
                    !routeTextFields.contains(contract.formKey() + "/" + field.key()));
            case NUMBER -> typed(NODES.numberNode(number(field, value)), "Integer", false);
            case CHECKBOX -> typed(NODES.booleanNode(bool(field, value)), "Boolean", false);
            case RADIO, SELECT -> typed(NODES.textNode(choice(field, value)), "String", false);
            case CHECKLIST, TAGLIST -> typed(NODES.textNode(list(field, value)), "Json", false);
            case DATETIME -> typed(NODES.textNode(date(field, value)), "String", false);
        };
    }

    private String freeText(Field field, JsonNode value) {
        if (!value.isTextual()) {
            throw wrongType(field);
        }
        String text = value.asText();
        if (text.codePointCount(0, text.length()) > field.maxLength()) {
            throw new FieldValidationException(field.key(), field.label() + ": högst " + field.maxLength() + " tecken.");
        }
        if (!personalNumberFields.contains(field.key()) && PersonalIdentityNumber.occursIn(text, today)) {
            throw new FieldValidationException(field.key(), field.label()
                    + ": texten ser ut att innehålla ett personnummer eller samordningsnummer. Sådana skrivs aldrig i fritext.");
        }
        return text;
    }

    private static int number(Field field, JsonNode value) {
        try {
            if (value.isIntegralNumber() && value.canConvertToInt()) {
                return value.intValue();
            }
            if (value.isTextual() && value.asText().trim().length() <= 10) {
                return Integer.parseInt(value.asText().trim());
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new FieldValidationException(field.key(), field.label() + ": ange ett heltal.");
    }

    private static boolean bool(Field field, JsonNode value) {
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isTextual() && (value.asText().equals("true") || value.asText().equals("false"))) {
            return Boolean.parseBoolean(value.asText());
        }
        throw new FieldValidationException(field.key(), field.label() + ": svara ja eller nej.");
    }

    private String choice(Field field, JsonNode value) {
        if (!value.isTextual() && !value.isBoolean()) {
            throw wrongType(field);
        }
        String chosen = value.asText();
        if (!allowed(field).contains(chosen)) {
            throw new FieldValidationException(field.key(), field.label() + ": välj ett av alternativen i formuläret.");
        }
        return chosen;
    }

    private String list(Field field, JsonNode value) {
        JsonNode items = value;
        if (value.isTextual()) {
            try {
                items = JSON.readTree(value.asText());
            } catch (JsonProcessingException e) {
                throw wrongType(field);
            }
        }
        if (items == null || !items.isArray() || items.size() > MAX_LIST_ENTRIES) {
            throw wrongType(field);
        }
        List<String> choices = allowed(field);
        ArrayNode checked = NODES.arrayNode();
        for (JsonNode item : items) {
            if (!item.isTextual() || !choices.contains(item.asText())) {
                throw new FieldValidationException(field.key(), field.label() + ": välj bland alternativen i formuläret.");
            }
            checked.add(item.asText());
        }
        return checked.toString();
    }

    private static String date(Field field, JsonNode value) {
        String text = value.isTextual() ? value.asText().trim() : "";
        if (text.length() <= MAX_DATE_LENGTH) {
            for (Function<String, Object> parser : List.<Function<String, Object>>of(LocalDate::parse,
                    LocalDateTime::parse, OffsetDateTime::parse)) {
                try {
                    parser.apply(text);
                    return text;
                } catch (DateTimeParseException e) {
                    // try the next form
                }
            }
        }
        throw new FieldValidationException(field.key(), field.label() + ": ange ett datum som ÅÅÅÅ-MM-DD.");
    }

    private List<String> allowed(Field field) {
        List<String> options = serverOptions.apply(field);
        if (options != null) {
            return options;
        }
        return field.valuesKey() == null ? field.values() : List.of();
    }

    private static boolean isEmpty(Field field, JsonNode dto) {
        if (dto == null || dto.path("value").isNull()) {
            return true;
        }
        JsonNode value = dto.get("value");
        return switch (field.type()) {
            case CHECKBOX -> !value.asBoolean();
            case CHECKLIST, TAGLIST -> value.asText().equals("[]");
            default -> value.asText().isBlank();
        };
    }

    private static ObjectNode typed(JsonNode value, String type, boolean transientValue) {
        ObjectNode dto = NODES.objectNode();
        dto.set("value", value);
        dto.put("type", type);
        if (transientValue) {
            dto.putObject("valueInfo").put("transient", true);
        }
        return dto;
    }

    private static FieldValidationException wrongType(Field field) {
        return new FieldValidationException(field.key(), field.label() + ": fel typ av värde för fältet.");
    }
}
