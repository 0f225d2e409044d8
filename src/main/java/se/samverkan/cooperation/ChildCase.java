package se.samverkan.cooperation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import se.samverkan.cooperation.CooperationCodes.WithdrawnBy;

/**
 * One child whose needs someone has noticed (an ärende). The only place the child's name and
 * personal identity number are kept: the process knows the case by id and case number.
 */
@Entity
@Table(name = "child_case")
public class ChildCase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_number", nullable = false, unique = true)
    private String caseNumber;

    @Column(name = "process_instance_id")
    private String processInstanceId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private CaseStatus status;

    @Column(name = "initiating_agency", nullable = false)
    private String initiatingAgency;

    @Column(name = "coordinating_agency", nullable = false)
    private String coordinatingAgency;

    /** The municipality of the unit that started the case; null when that unit serves the whole county. */
    private String municipality;

    @Column(name = "child_name", nullable = false)
    private String childName;

    @Column(name = "child_personal_number", nullable = false)
    private String childPersonalNumber;

    @Column(nullable = false)
    private String noticed;

    private String observations;

    @Column(name = "child_and_guardian_account")
    private String childAndGuardianAccount;

    @Convert(converter = CodeListConverter.class)
    @Column(name = "wellbeing_areas")
    private List<String> wellbeingAreas = new ArrayList<>();

    @Column(name = "assessment_outcome")
    private String assessmentOutcome;

    @Column(name = "referral_agency")
    private String referralAgency;

    @Column(name = "referral_way")
    private String referralWay;

    @Column(name = "oral_consent_date")
    private LocalDate oralConsentDate;

    @Column(name = "referral_note")
    private String referralNote;

    @Column(name = "close_reason")
    private String closeReason;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "created_by")
    private String createdBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @OneToMany(mappedBy = "childCase", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<Guardian> guardians = new ArrayList<>();

    protected ChildCase() {
    }

    ChildCase(String caseNumber, String initiatingAgency, String municipality, String childName,
            String childPersonalNumber, String noticed, String createdBy, Instant createdAt) {
        this.caseNumber = caseNumber;
        this.initiatingAgency = initiatingAgency;
        this.municipality = municipality;
        this.coordinatingAgency = initiatingAgency;
        this.childName = childName;
        this.childPersonalNumber = childPersonalNumber;
        this.noticed = noticed;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        this.status = CaseStatus.NOTICED;
    }

    void addGuardian(String name, String contact) {
        guardians.add(new Guardian(this, guardians.size() + 1, name, contact));
    }

    void recordAssessment(String observations, String account, List<String> areas, String outcome, Instant now) {
        this.observations = observations;
        this.childAndGuardianAccount = account;
        this.wellbeingAreas = new ArrayList<>(areas);
        this.assessmentOutcome = outcome;
        if ("OWN_SUPPORT".equals(outcome)) {
            end(CaseStatus.NOT_ACTIVATED, null, now);
        }
    }

    void recordReferral(String agency, String way, LocalDate oralConsentDate, String note, Instant now) {
        this.referralAgency = agency;
        this.referralWay = way;
        this.oralConsentDate = oralConsentDate;
        this.referralNote = note;
        end(CaseStatus.REFERRED, null, now);
    }

    void activate() {
        this.status = CaseStatus.ACTIVE;
    }

    void end(CaseStatus endStatus, String reason, Instant at) {
        this.status = endStatus;
        this.closeReason = reason;
        this.closedAt = at;
    }

    void handCoordinationTo(String agency) {
        this.coordinatingAgency = agency;
    }

    void attachProcess(String processInstanceId) {
        this.processInstanceId = processInstanceId;
    }

    /** "Anna Maria Berg" → "A. B.": what tasks and mails may show of the child. */
    /**
     * Who withdrew consent, by name: the form sends who (the child or a guardian) and the case knows the
     * names. Text that is no such code (a message an administrator sent) is kept as it is.
     */
    public String withdrawerName(String who) {
        if (who == null || who.isBlank()) {
            return "okänd";
        }
        WithdrawnBy code = Arrays.stream(WithdrawnBy.values()).filter(c -> c.name().equals(who)).findFirst()
                .orElse(null);
        if (code == null) {
            return who;
        }
        return switch (code) {
            case CHILD -> childName + " (barnet/ungdomen)";
            case GUARDIAN_1 -> guardian(1).map(g -> g.getName() + " (vårdnadshavare)").orElse("okänd vårdnadshavare");
            case GUARDIAN_2 -> guardian(2).map(g -> g.getName() + " (vårdnadshavare)").orElse("okänd vårdnadshavare");
        };
    }

    public Optional<Guardian> guardian(int position) {
        return guardians.stream().filter(g -> g.getPosition() == position).findFirst();
    }

    public String childInitials() {
        String[] parts = childName.trim().split("\\s+");
        String first = parts[0].substring(0, 1).toUpperCase();
        String last = parts[parts.length - 1].substring(0, 1).toUpperCase();
        return parts.length == 1 ? first + "." : first + ". " + last + ".";
    }

    public Long getId() {
        return id;
    }

    public String getCaseNumber() {
        return caseNumber;
    }

    public String getProcessInstanceId() {
        return processInstanceId;
    }

    public CaseStatus getStatus() {
        return status;
    }

    public String getInitiatingAgency() {
        return initiatingAgency;
    }

    public String getMunicipality() {
        return municipality;
    }

    public String getCoordinatingAgency() {
        return coordinatingAgency;
    }

    public String getChildName() {
        return childName;
    }

    public String getChildPersonalNumber() {
        return childPersonalNumber;
    }

    public String getNoticed() {
        return noticed;
    }

    public String getObservations() {
        return observations;
    }

    public List<String> getWellbeingAreas() {
        return wellbeingAreas;
    }

    public String getAssessmentOutcome() {
        return assessmentOutcome;
    }

    public String getReferralAgency() {
        return referralAgency;
    }

    public String getReferralWay() {
        return referralWay;
    }

    public LocalDate getOralConsentDate() {
        return oralConsentDate;
    }

    public String getCloseReason() {
        return closeReason;
    }

    public Instant getClosedAt() {
        return closedAt;
    }

    public List<Guardian> getGuardians() {
        return guardians;
    }
}
