package se.samverkan.platform;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a deployed Camunda Form lets a client submit: its input fields with their types, whether they
 * are required, their choices and their lengths. Read from the form's JSON as the process owner saved
 * it in Modeler, so a field added there is accepted without a code change, and nothing else is.
 */
public record FormContract(String formKey, Map<String, Field> fields) {

    /** Free text without a limit in the form still gets one, so a megabyte never reaches a column. */
    static final int DEFAULT_TEXTFIELD_LENGTH = 500;
    static final int DEFAULT_TEXTAREA_LENGTH = 8000;

    /** The form-js 1.8 component types that submit a value. */
    public enum FieldType {
        TEXTFIELD, TEXTAREA, NUMBER, CHECKBOX, CHECKLIST, TAGLIST, RADIO, SELECT, DATETIME;

        static FieldType of(String type) {
            return switch (type) {
                case "textfield" -> TEXTFIELD;
                case "textarea" -> TEXTAREA;
                case "number" -> NUMBER;
                case "checkbox" -> CHECKBOX;
                case "checklist" -> CHECKLIST;
                case "taglist" -> TAGLIST;
                case "radio" -> RADIO;
                case "select" -> SELECT;
                case "datetime" -> DATETIME;
                default -> null;
            };
        }

        /** Free text is content: it goes to the application's tables, never to the engine's. */
        public boolean isFreeText() {
            return this == TEXTFIELD || this == TEXTAREA;
        }

        public boolean isList() {
            return this == CHECKLIST || this == TAGLIST;
        }

        public boolean isChoice() {
            return this == RADIO || this == SELECT || isList();
        }
    }

    /**
     * One input field. {@code conditional}: the field (or a group around it) may be hidden, and form-js
     * does not submit hidden fields, so "required" is then the service's rule, not the form's.
     * {@code choices}: the static choices, value to label; {@code valuesKey}: the variable holding choices
     * the server set.
     */
    public record Field(String key, FieldType type, String label, boolean required, boolean conditional,
            int maxLength, Map<String, String> choices, String valuesKey) {

        /** The label as the user sees it, for messages. */
        public String label() {
            return label == null || label.isBlank() ? key : label;
        }

        /** The static choices' values. */
        public List<String> values() {
            return List.copyOf(choices.keySet());
        }
    }

    public Field field(String key) {
        return fields.get(key);
    }

    public Set<String> keys() {
        return fields.keySet();
    }

    /** Parses a form-js schema; components without a key (texts, images, groups) submit nothing. */
    public static FormContract parse(JsonNode form) {
        Map<String, Field> fields = new LinkedHashMap<>();
        collect(form.path("components"), false, fields);
        return new FormContract(form.path("id").asText(null), Collections.unmodifiableMap(fields));
    }

    private static void collect(JsonNode components, boolean conditionalAround, Map<String, Field> fields) {
        for (JsonNode component : components) {
            boolean conditional = conditionalAround || component.hasNonNull("conditional");
            if (component.has("components")) {
                collect(component.path("components"), conditional, fields);
            }
            FieldType type = FieldType.of(component.path("type").asText(""));
            String key = component.path("key").asText(null);
            if (type == null || key == null || component.path("disabled").asBoolean(false)) {
                continue;
            }
            JsonNode validate = component.path("validate");
            int maxLength = validate.path("maxLength").asInt(type == FieldType.TEXTAREA ? DEFAULT_TEXTAREA_LENGTH
                    : DEFAULT_TEXTFIELD_LENGTH);
            Map<String, String> choices = new LinkedHashMap<>();
            component.path("values").forEach(option ->
                    choices.put(option.path("value").asText(), option.path("label").asText(option.path("value").asText())));
            fields.put(key, new Field(key, type, component.path("label").asText(null),
                    validate.path("required").asBoolean(false), conditional, maxLength,
                    Collections.unmodifiableMap(choices),
                    component.path("valuesKey").asText(null)));
        }
    }
}
