package se.samverkan.cooperation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;

/** An invited agency's invitation to one meeting, and its answer. */
@Entity
@Table(name = "invitation")
public class Invitation {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "meeting_id")
    private CooperationMeeting meeting;

    @Column(name = "agency_code", nullable = false)
    private String agencyCode;

    /** The specialist-care agency this primary-care invitation stands in for, if any. */
    @Column(name = "replaces_agency")
    private String replacesAgency;

    @Column(name = "replacement_reason")
    private String replacementReason;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private InvitationStatus status;

    @Column(name = "participant_name")
    private String participantName;

    @Column(name = "answer_comment")
    private String answerComment;

    @Column(name = "answered_at")
    private Instant answeredAt;

    @Column(name = "answered_by")
    private String answeredBy;

    @Column(name = "sent_at")
    private Instant sentAt;

    protected Invitation() {
    }

    Invitation(CooperationMeeting meeting, String agencyCode, String replacesAgency, String replacementReason) {
        this.meeting = meeting;
        this.agencyCode = agencyCode;
        this.replacesAgency = replacesAgency;
        this.replacementReason = replacementReason;
        this.status = InvitationStatus.PENDING;
    }

    void answer(InvitationStatus answer, String participantName, String comment, String answeredBy, Instant answeredAt) {
        this.status = answer;
        this.participantName = participantName;
        this.answerComment = comment;
        this.answeredBy = answeredBy;
        this.answeredAt = answeredAt;
    }

    /** Withdraws an invitation that still stands (not declined). */
    void withdraw() {
        if (status != InvitationStatus.DECLINED) {
            status = InvitationStatus.WITHDRAWN;
        }
    }

    public Long getId() {
        return id;
    }

    public CooperationMeeting getMeeting() {
        return meeting;
    }

    public String getAgencyCode() {
        return agencyCode;
    }

    public String getReplacesAgency() {
        return replacesAgency;
    }

    public String getReplacementReason() {
        return replacementReason;
    }

    public InvitationStatus getStatus() {
        return status;
    }

    public String getParticipantName() {
        return participantName;
    }

    public Instant getSentAt() {
        return sentAt;
    }
}
