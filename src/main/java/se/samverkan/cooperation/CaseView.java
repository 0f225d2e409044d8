package se.samverkan.cooperation;

import java.time.LocalDate;
import java.util.List;

/**
 * "Ärendet" as the agencies taking part see it in Tasklist: who the child is, what was noticed, the
 * consent, each meeting with its invitations and answers, and Barnets plan. Names, not codes.
 */
public record CaseView(String caseNumber, String status, String childName, String childPersonalNumber,
        List<Person> guardians, String noticed, List<String> wellbeingAreas, String initiatingAgency,
        String coordinatingAgency, List<ConsentView> consents, List<MeetingView> meetings, PlanView plan) {

    public record Person(String name, String contact) {
    }

    public record ConsentView(String form, LocalDate givenOn, List<String> agencies, String statement,
            LocalDate withdrawnOn) {
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
}
