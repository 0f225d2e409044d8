package se.samverkan.cooperation;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A recorded samtycke: which agencies may be involved for this child. An extension is a new consent
 * row; a withdrawal withdraws every consent of the case.
 */
@Entity
@Table(name = "consent")
public class Consent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "consent_form", nullable = false)
    private String consentForm;

    @Column(name = "given_on", nullable = false)
    private LocalDate givenOn;

    @Column(name = "consenting_guardians")
    private String consentingGuardians;

    @Column(name = "child_consent")
    private String childConsent;

    @Convert(converter = CodeListConverter.class)
    @Column(nullable = false)
    private List<String> agencies = new ArrayList<>();

    /** For oral consent: the sentence the procedure prescribes for the record. */
    private String statement;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by")
    private String recordedBy;

    @Column(name = "withdrawn_on")
    private LocalDate withdrawnOn;

    @Column(name = "withdrawn_by")
    private String withdrawnBy;

    @Column(name = "withdrawal_note")
    private String withdrawalNote;

    protected Consent() {
    }

    Consent(Long caseId, String consentForm, LocalDate givenOn, String consentingGuardians, String childConsent,
            List<String> agencies, String statement, String recordedBy, Instant recordedAt) {
        this.caseId = caseId;
        this.consentForm = consentForm;
        this.givenOn = givenOn;
        this.consentingGuardians = consentingGuardians;
        this.childConsent = childConsent;
        this.agencies = new ArrayList<>(agencies);
        this.statement = statement;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
    }

    void withdraw(LocalDate on, String by, String note) {
        this.withdrawnOn = on;
        this.withdrawnBy = by;
        this.withdrawalNote = note;
    }

    public boolean isWithdrawn() {
        return withdrawnOn != null;
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public String getConsentForm() {
        return consentForm;
    }

    public LocalDate getGivenOn() {
        return givenOn;
    }

    public List<String> getAgencies() {
        return agencies;
    }

    public String getStatement() {
        return statement;
    }

    public LocalDate getWithdrawnOn() {
        return withdrawnOn;
    }

    public String getWithdrawnBy() {
        return withdrawnBy;
    }
}
