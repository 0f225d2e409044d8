package se.samverkan.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverkan.platform.FormContract.Field;

/**
 * Keeps what a step's form recorded, with the form's own labels, in the application's tables: also the
 * fields a process owner added in Modeler that no code reads, so a later screen can show them without a
 * code change. Runs in the completing transaction (see {@link FormRecords}); personal identity numbers and
 * the other personal data features declare stay only in their own tables.
 */
@Service
@Transactional
public class FormRecorder {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final FormContracts contracts;
    private final FormRecordRepository records;
    private final Set<String> excluded = new HashSet<>();
    private final Clock clock;

    public FormRecorder(FormContracts contracts, FormRecordRepository records, List<SensitiveVariables> sensitive,
            Clock clock) {
        this.contracts = contracts;
        this.records = records;
        sensitive.forEach(s -> {
            excluded.addAll(s.names());
            excluded.addAll(s.personalNumberFields());
        });
        this.clock = clock;
    }

    /** A task's form, as it is completed. */
    public void recordTask(String taskId, String processInstanceId, String businessKey, String activityId,
            VariableScope values, String userId) {
        contracts.forTask(taskId).ifPresent(form ->
                record(form.contract(), processInstanceId, businessKey, activityId, values, userId));
    }

    /** A start form, as the process starts. */
    public void recordStart(String definitionId, String processInstanceId, String businessKey, String activityId,
            VariableScope values, String userId) {
        record(contracts.startContract(definitionId), processInstanceId, businessKey, activityId, values, userId);
    }

    private void record(FormContract contract, String processInstanceId, String businessKey, String activityId,
            VariableScope values, String userId) {
        List<Map<String, String>> fields = new ArrayList<>();
        for (Field field : contract.fields().values()) {
            Object value = values.getVariable(field.key());
            if (excluded.contains(field.key()) || value == null || value.toString().isBlank()) {
                continue;
            }
            Map<String, String> row = new LinkedHashMap<>();
            row.put("key", field.key());
            row.put("label", field.label());
            row.put("value", shown(field, value, values));
            fields.add(row);
        }
        if (fields.isEmpty()) {
            return;
        }
        try {
            records.save(new FormRecord(processInstanceId, businessKey, activityId, contract.formKey(), userId,
                    clock.instant(), JSON.writeValueAsString(fields)));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** As the user saw it: choices by their labels, yes and no in words. */
    private static String shown(Field field, Object value, VariableScope values) {
        if (field.type() == FormContract.FieldType.CHECKBOX) {
            return Boolean.parseBoolean(value.toString()) ? "Ja" : "Nej";
        }
        if (!field.type().isChoice()) {
            return value.toString();
        }
        Map<String, String> labels = new LinkedHashMap<>(field.choices());
        if (field.valuesKey() != null && values.getVariable(field.valuesKey()) != null) {
            try {
                JSON.readTree(values.getVariable(field.valuesKey()).toString()).forEach(option ->
                        labels.put(option.path("value").asText(), option.path("label").asText()));
            } catch (JsonProcessingException unreadable) {
                // the codes themselves are shown
            }
        }
        if (!field.type().isList()) {
            return labels.getOrDefault(value.toString(), value.toString());
        }
        List<String> shown = new ArrayList<>();
        try {
            JSON.readTree(value.toString()).forEach(code -> shown.add(labels.getOrDefault(code.asText(), code.asText())));
        } catch (JsonProcessingException unreadable) {
            return value.toString();
        }
        return String.join(", ", shown);
    }
}
