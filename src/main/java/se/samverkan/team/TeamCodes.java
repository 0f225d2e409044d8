package se.samverkan.team;

/** The coded answers of the team forms; {@code CodedValuesMatchFormsTest} keeps them equal to the forms. */
public final class TeamCodes {

    private TeamCodes() {
    }

    /** Föranmält ärende: "Typ". */
    public enum TeamCaseType { QUESTION, INDIVIDUAL_CASE }

    /** Föranmält ärende: "Part som tar upp ärendet"; the four parties of a coordination association. */
    public enum Party { FORSAKRINGSKASSAN, ARBETSFORMEDLINGEN, KOMMUNEN, REGIONEN }
}
