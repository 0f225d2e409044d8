package se.samverkan.cooperation;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A samverkansmöte about one child: planned with its invitations, then recorded. */
@Entity
@Table(name = "cooperation_meeting")
public class CooperationMeeting {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "case_id", nullable = false)
    private Long caseId;

    @Column(name = "meeting_number", nullable = false)
    private int meetingNumber;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MeetingStatus status;

    @Column(name = "starts_at", nullable = false)
    private Instant startsAt;

    @Column(name = "duration_minutes", nullable = false)
    private int durationMinutes;

    private String place;

    private String link;

    /** The coordinator who convened the meeting (user id); null for meetings planned before it was recorded. */
    @Column(name = "convened_by")
    private String convenedBy;

    @Convert(converter = CodeListConverter.class)
    private List<String> areas = new ArrayList<>();

    @Column(name = "pre_meeting_contact_with")
    private String preMeetingContactWith;

    @Column(name = "pre_meeting_contact_reason")
    private String preMeetingContactReason;

    @Convert(converter = CodeListConverter.class)
    @Column(name = "attending_agencies")
    private List<String> attendingAgencies = new ArrayList<>();

    @Column(name = "family_present")
    private Boolean familyPresent;

    @Column(name = "information_sharing_agreed")
    private Boolean informationSharingAgreed;

    @Convert(converter = CodeListConverter.class)
    @Column(name = "discussed_areas")
    private List<String> discussedAreas = new ArrayList<>();

    @Column(name = "child_views")
    private String childViews;

    @Column(name = "guardian_views")
    private String guardianViews;

    @Column(name = "views_missing_reason")
    private String viewsMissingReason;

    private String notes;

    @Column(name = "recorded_at")
    private Instant recordedAt;

    @Column(name = "recorded_by")
    private String recordedBy;

    // A meeting is read with its invitations: they are few and always needed together.
    @OneToMany(mappedBy = "meeting", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @OrderBy("id")
    private List<Invitation> invitations = new ArrayList<>();

    protected CooperationMeeting() {
    }

    CooperationMeeting(Long caseId, int meetingNumber, Instant startsAt, int durationMinutes, String place,
            String link, List<String> areas, String convenedBy) {
        this.caseId = caseId;
        this.convenedBy = convenedBy;
        this.meetingNumber = meetingNumber;
        this.startsAt = startsAt;
        this.durationMinutes = durationMinutes;
        this.place = place;
        this.link = link;
        this.areas = new ArrayList<>(areas);
        this.status = MeetingStatus.PLANNED;
    }

    Invitation invite(String agencyCode, String replacesAgency, String replacementReason) {
        Invitation invitation = new Invitation(this, agencyCode, replacesAgency, replacementReason);
        invitations.add(invitation);
        return invitation;
    }

    void recordPreMeetingContact(String with, String reason) {
        this.preMeetingContactWith = with;
        this.preMeetingContactReason = reason;
    }

    void record(List<String> attending, boolean familyPresent, List<String> discussedAreas, String childViews,
            String guardianViews, String viewsMissingReason, String notes, String recordedBy, Instant recordedAt) {
        this.attendingAgencies = new ArrayList<>(attending);
        this.familyPresent = familyPresent;
        this.informationSharingAgreed = true;
        this.discussedAreas = new ArrayList<>(discussedAreas);
        this.childViews = childViews;
        this.guardianViews = guardianViews;
        this.viewsMissingReason = viewsMissingReason;
        this.notes = notes;
        this.recordedBy = recordedBy;
        this.recordedAt = recordedAt;
        this.status = MeetingStatus.HELD;
    }

    /** Consent withdrawn: a planned meeting will not take place and its open invitations are withdrawn. */
    void cancel() {
        if (status == MeetingStatus.PLANNED) {
            status = MeetingStatus.CANCELLED;
            invitations.forEach(Invitation::withdraw);
        }
    }

    public Invitation invitationFor(String agencyCode) {
        return invitations.stream().filter(i -> i.getAgencyCode().equals(agencyCode)).findFirst().orElse(null);
    }

    public List<String> invitedAgencies() {
        return invitations.stream().map(Invitation::getAgencyCode).toList();
    }

    public Long getId() {
        return id;
    }

    public Long getCaseId() {
        return caseId;
    }

    public int getMeetingNumber() {
        return meetingNumber;
    }

    public MeetingStatus getStatus() {
        return status;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public int getDurationMinutes() {
        return durationMinutes;
    }

    public String getPlace() {
        return place;
    }

    public String getLink() {
        return link;
    }

    public String getConvenedBy() {
        return convenedBy;
    }

    public List<String> getAreas() {
        return areas;
    }

    public String getPreMeetingContactWith() {
        return preMeetingContactWith;
    }

    public List<String> getAttendingAgencies() {
        return attendingAgencies;
    }

    public Boolean getFamilyPresent() {
        return familyPresent;
    }

    public List<String> getDiscussedAreas() {
        return discussedAreas;
    }

    public String getChildViews() {
        return childViews;
    }

    public String getGuardianViews() {
        return guardianViews;
    }

    public String getViewsMissingReason() {
        return viewsMissingReason;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    public List<Invitation> getInvitations() {
        return invitations;
    }
}
