package se.samverkan.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.variable.value.TypedValue;
import org.camunda.spin.plugin.variable.SpinValues;

/** Options for a form's select or checklist ("valuesKey"), as the Json variable form-js reads. */
public final class FormOptions {

    private static final ObjectMapper JSON = new ObjectMapper();

    private FormOptions() {
    }

    public record Option(String value, String label) {
    }

    /** The values a checklist starts with ticked, as the Json list form-js reads and sends back. */
    public static TypedValue checked(List<String> values) {
        try {
            return SpinValues.jsonValue(JSON.writeValueAsString(values)).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static TypedValue of(List<Option> options) {
        try {
            return SpinValues.jsonValue(JSON.writeValueAsString(
                    options.stream().map(o -> Map.of("value", o.value(), "label", o.label())).toList())).create();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
