package se.samverkan.platform;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One completed form of a case's step: its fields as labelled, as JSON [{key, label, value}]. */
@Entity
@Table(name = "form_record")
public class FormRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "process_instance_id", nullable = false)
    private String processInstanceId;

    @Column(name = "business_key")
    private String businessKey;

    @Column(name = "activity_id", nullable = false)
    private String activityId;

    @Column(name = "form_id")
    private String formId;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(nullable = false)
    private String fields;

    protected FormRecord() {
    }

    FormRecord(String processInstanceId, String businessKey, String activityId, String formId, String recordedBy,
            Instant recordedAt, String fields) {
        this.processInstanceId = processInstanceId;
        this.businessKey = businessKey;
        this.activityId = activityId;
        this.formId = formId;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        this.fields = fields;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public String getActivityId() {
        return activityId;
    }

    public String getFormId() {
        return formId;
    }

    public String getRecordedBy() {
        return recordedBy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public String getFields() {
        return fields;
    }
}
