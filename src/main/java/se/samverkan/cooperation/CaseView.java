package se.samverkan.cooperation;

import java.time.LocalDate;
import java.util.List;

/**
 * "Ärendet" as the agencies taking part see it in Tasklist: who the child is, what was noticed, the
 * consent, each meeting with its invitations and answers, Barnets plan, the steps so far, and what the
 * reader may do next. Names, not codes; the coordinating unit with its principal, and the case's municipality.
 */
public record CaseView(String caseNumber, String status, String state, String childName,
        String childPersonalNumber, List<Person> guardians, String noticed, List<String> wellbeingAreas,
        String initiatingAgency, String coordinatingAgency, String coordinatingPrincipal, String municipality,
        String nextMeeting, List<ConsentView> consents,
        List<MeetingView> meetings, PlanView plan, List<StepView> steps, List<TaskLink> myTasks,
        Withdrawal withdrawal) {

    public record Person(String name, String contact) {
    }

    public record ConsentView(String form, LocalDate givenOn, List<String> agencies, String statement,
            LocalDate withdrawnOn, String withdrawnBy) {
    }

    public record MeetingView(int number, String when, String where, String status, List<InvitationView> invitations) {
    }

    /** One invited agency's answer; {@code replaces} and {@code reason} when it stands in for specialist care. */
    public record InvitationView(String agency, String answer, String participant, String replaces, String reason) {
    }

    /** The current version; {@code ownAgency} marks the actions of an agency the reader works in. */
    public record PlanView(int version, String pdf, List<ActionView> actions, List<Integer> earlierVersions) {
    }

    public record ActionView(String what, String agency, String person, LocalDate dueDate, boolean ownAgency) {
    }

    /** One completed step: its name, who completed it and when, and what its form recorded. */
    public record StepView(String what, String who, String when, List<Field> fields) {
    }

    public record Field(String label, String value) {
    }

    /** An open task of the reader's agency in this case, to open in Tasklist. */
    public record TaskLink(String id, String name) {
    }

    /** Whether the reader may register a withdrawal of consent now, and whom she can name. */
    public record Withdrawal(boolean possible, List<Choice> withdrawnBy) {
    }

    public record Choice(String code, String label) {
    }

    /** A line of "Mina ärenden". */
    public record Summary(String caseNumber, String childName, String state, String coordinatingAgency,
            String coordinatingPrincipal, String nextMeeting, List<TaskLink> myTasks, boolean open) {
    }
}
