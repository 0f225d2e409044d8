package se.samverkan.team;

/** The coded answers of the team forms; {@code CodedValuesMatchFormsTest} keeps them equal to the forms. */
public final class TeamCodes {

    private TeamCodes() {
    }

    /** Föranmält ärende: "Typ". */
    public enum TeamCaseType {
        QUESTION, INDIVIDUAL_CASE;

        /** As the form offers it and "Teamets ärenden" shows it. */
        public String displayName() {
            return switch (this) {
                case QUESTION -> "Fråga om samverkan eller rutiner";
                case INDIVIDUAL_CASE -> "Avidentifierat individärende";
            };
        }
    }

    /** Dokumentera träffen: "Sammankallande framöver". */
    public enum Convening { PROCESS_LEADER, TEAM }
}
