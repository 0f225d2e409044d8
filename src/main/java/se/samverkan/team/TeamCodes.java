package se.samverkan.team;

/** The coded answers of the team forms; {@code CodedValuesMatchFormsTest} keeps them equal to the forms. */
public final class TeamCodes {

    private TeamCodes() {
    }

    /** Föranmält ärende: "Typ". */
    public enum TeamCaseType { QUESTION, INDIVIDUAL_CASE }

    /** Dokumentera träffen: "Sammankallande framöver". */
    public enum Convening { PROCESS_LEADER, TEAM }
}
