package se.samverkan.team;

import java.util.List;

/**
 * "Teamets ärenden": for a member, the team's next träff with its agenda and the anonymised cases
 * registered for the coming träffar. Nothing identifies a person: the cases were registered anonymised.
 */
public record TeamOverview(String code, String name, Meeting nextMeeting, List<Case> cases) {

    /** The next träff; theme, guests and information items once the agenda is confirmed. */
    public record Meeting(String when, String place, boolean agendaConfirmed, String theme, String guests,
            String informationItems) {
    }

    public record Case(String meeting, String type, String raisingParty, String question, String description,
            boolean lateRegistration) {
    }
}
