package se.samverkan.cooperation;

import java.util.Set;

/** The process "Samverkan kring barn": key, messages and variable names. */
public final class ChildCooperationProcess {

    public static final String KEY = "childCooperation";
    public static final String WITHDRAWAL_KEY = "consentWithdrawal";
    public static final String CONSENT_WITHDRAWN_MESSAGE = "ConsentWithdrawn";

    // Identity of the case. The child's name and personnummer never stay in the engine.
    public static final String CASE_ID = "caseId";
    public static final String CASE_NUMBER = "caseNumber";
    public static final String CHILD_INITIALS = "childInitials";
    public static final String CHILD_NAME = "childName";
    public static final String CHILD_PERSONAL_NUMBER = "childPersonalNumber";
    /** Guardians are numbered fields: guardian1Name, guardian1Contact, guardian2Name, guardian2Contact. */
    public static final String GUARDIAN = "guardian";
    public static final int MAX_GUARDIANS = 2;
    public static final String NOTICED = "noticed";
    public static final String INITIATOR = "initiator";
    public static final String INITIATING_AGENCY = "initiatingAgency";
    public static final String COORDINATING_AGENCY = "coordinatingAgency";

    /** Variables that must never reach the engine's tables (runtime or history). */
    public static final Set<String> PERSONAL_DATA = Set.of(CHILD_NAME, CHILD_PERSONAL_NUMBER, NOTICED,
            "guardian1Name", "guardian1Contact", "guardian2Name", "guardian2Contact");

    // Options for the forms' selects and checklists.
    public static final String AGENCY_OPTIONS = "agencyOptions";
    public static final String WELLBEING_AREA_OPTIONS = "wellbeingAreaOptions";
    public static final String CONSENTED_AGENCY_OPTIONS = "consentedAgencyOptions";
    public static final String SPECIALIST_AGENCY_OPTIONS = "specialistAgencyOptions";
    public static final String INVITED_AGENCY_OPTIONS = "invitedAgencyOptions";
    public static final String PARTICIPANT_OPTIONS = "participantOptions";

    // Bedöm behov av samverkan
    public static final String OBSERVATIONS = "observations";
    public static final String CHILD_AND_GUARDIAN_ACCOUNT = "childAndGuardianAccount";
    public static final String WELLBEING_AREAS = "wellbeingAreas";
    public static final String ASSESSMENT_OUTCOME = "assessmentOutcome";

    // Hänvisa till annan verksamhet
    public static final String REFERRAL_AGENCY = "referralAgency";
    public static final String REFERRAL_WAY = "referralWay";
    public static final String ORAL_CONSENT_DATE = "oralConsentDate";
    public static final String REFERRAL_NOTE = "referralNote";

    // Inhämta / utöka samtycke
    public static final String CONSENT_GIVEN = "consentGiven";
    public static final String CONSENT_FORM = "consentForm";
    public static final String CONSENT_DATE = "consentDate";
    public static final String CONSENTING_GUARDIANS = "consentingGuardians";
    public static final String CHILD_CONSENT = "childConsent";
    public static final String CONSENTED_AGENCIES = "consentedAgencies";
    public static final String ADDITIONAL_AGENCIES = "additionalAgencies";
    public static final String CONSENT_STATEMENT = "consentStatement";

    // The region's target for the first meeting (a timer and "Följ upp det sena första mötet")
    public static final String FIRST_MEETING_DUE = "firstMeetingDue";
    public static final String FIRST_MEETING_LAST_DAY = "firstMeetingLastDay";
    public static final String FIRST_MEETING_BEGUN = "firstMeetingBegun";

    // Bjud in till samverkansmöte
    public static final String MEETING_ID = "meetingId";
    public static final String MEETING_NUMBER = "meetingNumber";
    public static final String MEETING_AREAS = "meetingAreas";
    public static final String INVITED_AGENCIES = "invitedAgencies";
    public static final String ESTABLISHED_CARE_CONTACTS = "establishedCareContacts";
    public static final String MEETING_START = "meetingStart";
    public static final String MEETING_DURATION_MINUTES = "meetingDurationMinutes";
    public static final String MEETING_PLACE = "meetingPlace";
    public static final String MEETING_LINK = "meetingLink";
    public static final String MEETING_TIME = "meetingTime";
    public static final String MEETING_TIME_TEXT = "meetingTimeText";
    public static final String MEETING_PLACE_TEXT = "meetingPlaceText";
    public static final String ANSWER_DEADLINE = "answerDeadline";
    public static final String ANSWER_REMINDER_TIME = "answerReminderTime";
    public static final String MEETING_RECORD_DEADLINE = "meetingRecordDeadline";

    // Svara på inbjudan (one per invited agency)
    public static final String INVITED_AGENCY = "invitedAgency";
    public static final String INVITATION_ANSWER = "invitationAnswer";
    public static final String PARTICIPANT_NAME = "participantName";
    public static final String ANSWER_COMMENT = "answerComment";

    // Förbered samverkansmöte
    public static final String PRE_MEETING_CONTACT = "preMeetingContact";
    public static final String PRE_MEETING_CONTACT_WITH = "preMeetingContactWith";
    public static final String PRE_MEETING_CONTACT_REASON = "preMeetingContactReason";
    public static final String NOT_A_PRE_MEETING = "notAPreMeeting";

    // Genomför samverkansmöte
    public static final String ATTENDING_AGENCIES = "attendingAgencies";
    public static final String FAMILY_PRESENT = "familyPresent";
    public static final String INFORMATION_SHARING_AGREED = "informationSharingAgreed";
    public static final String DISCUSSED_AREAS = "discussedAreas";
    public static final String CHILD_VIEWS = "childViews";
    public static final String GUARDIAN_VIEWS = "guardianViews";
    public static final String VIEWS_MISSING_REASON = "viewsMissingReason";
    public static final String MEETING_NOTES = "meetingNotes";

    // Upprätta Barnets plan
    /** Plan actions are numbered fields: action1What, action1Agency, action1Person, action1DueDate, ... */
    public static final String PLAN_ACTION = "action";
    public static final int MAX_PLAN_ACTIONS = 8;
    public static final String PLAN_VERSION = "planVersion";
    public static final String PLAN_ID = "planId";
    public static final String SUGGESTED_COORDINATOR_NAME = "suggestedCoordinatorName";
    public static final String NEXT_COORDINATING_AGENCY = "nextCoordinatingAgency";

    // Besluta om fortsatt samordning
    public static final String CONTINUATION = "continuation";
    public static final String NEXT_MEETING_DATE = "nextMeetingDate";
    public static final String CLOSE_REASON = "closeReason";

    // Återkalla samtycke
    public static final String WITHDRAWN_BY = "withdrawnBy";
    public static final String WITHDRAWN_ON = "withdrawnOn";
    public static final String WITHDRAWAL_NOTE = "withdrawalNote";

    private ChildCooperationProcess() {
    }
}
