package se.samverkan.team;

/** The process "Föranmäl ärende till samverkansteam": key and variable names. */
public final class TeamCaseProcess {

    public static final String KEY = "teamCase";

    public static final String TEAM = "team";
    public static final String CASE_TYPE = "caseType";
    public static final String RAISING_PARTY = "raisingParty";
    public static final String QUESTION = "question";
    public static final String DESCRIPTION = "description";
    public static final String CONFIRMED_ANONYMISED = "confirmedAnonymised";
    public static final String TEAM_CASE_ID = "teamCaseId";
    public static final String MEETING_AT = "meetingAt";
    public static final String LATE_REGISTRATION = "lateRegistration";

    private TeamCaseProcess() {
    }
}
