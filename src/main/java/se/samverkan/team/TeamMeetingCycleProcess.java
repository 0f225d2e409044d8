package se.samverkan.team;

/** The process "Samverkansteamets träffar": key, message and variable names. */
public final class TeamMeetingCycleProcess {

    public static final String KEY = "teamMeetingCycle";
    public static final String TEAM_DISSOLVED_MESSAGE = "TeamDissolved";

    public static final String TEAM_CODE = "teamCode";
    public static final String CONVENING_GROUP = "conveningGroup";
    public static final String MEETING_ID = "meetingId";
    public static final String MEETING_AT = "meetingAt";
    public static final String MEETING_TIME_TEXT = "meetingTimeText";
    public static final String REGISTRATION_OPENS_AT = "registrationOpensAt";
    public static final String REGISTRATION_DEADLINE = "registrationDeadline";
    public static final String AGENDA_TEXT = "agendaText";
    public static final String AGENDA_CASE_COUNT = "agendaCaseCount";
    /** agendaCase1Id, agendaCase1Text, ... one pair per case on the agenda. */
    public static final String AGENDA_CASE = "agendaCase";

    // Inrätta samverkansteam (start form)
    public static final String MUNICIPALITY = "municipality";
    public static final String FIRST_MEETING = "firstMeeting";
    public static final String MEETING_PLACE = "meetingPlace";
    public static final String REGISTRATION_DAYS_BEFORE = "registrationDaysBefore";
    public static final String LOCAL_PLAN = "localPlan";

    // Fastställ dagordning
    public static final String THEME = "theme";
    public static final String GUESTS = "guests";
    public static final String INFORMATION_ITEMS = "informationItems";
    public static final String MOVE_MEETING = "moveMeeting";
    public static final String NEW_MEETING_START = "newMeetingStart";

    // Dokumentera träffen: <party>Presence, case<i>Problem, case<i>Solutions, case<i>FollowUp
    public static final String MEETING_NOTES = "meetingNotes";
    public static final String NEXT_CONVENING = "nextConvening";
    public static final String LOCAL_PLAN_REVISION = "localPlanRevision";
    public static final String TEAM_CONTINUES = "teamContinues";

    private TeamMeetingCycleProcess() {
    }
}
