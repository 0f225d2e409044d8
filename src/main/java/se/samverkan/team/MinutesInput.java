package se.samverkan.team;

import static se.samverkan.team.TeamMeetingCycleProcess.AGENDA_CASE;
import static se.samverkan.team.TeamMeetingCycleProcess.AGENDA_CASE_COUNT;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import se.samverkan.platform.FormData;
import se.samverkan.platform.Route;

/**
 * The repeating parts of "Dokumentera träffen", read in one place: each party's presence
 * ({@code kommunenPresence}, ...) and a row per agenda case ({@code case1Problem}, {@code case1Solutions},
 * {@code case1FollowUp}, matched to the case id the agenda put in {@code agendaCase1Id}).
 */
record MinutesInput(Map<Party, String> presence, List<TeamMeetingService.CaseRecord> cases) {

    static MinutesInput read(FormData form, Route route) {
        Map<Party, String> presence = new EnumMap<>(Party.class);
        for (Party party : Party.values()) {
            presence.put(party, form.text(presenceField(party)));
        }
        List<TeamMeetingService.CaseRecord> cases = new ArrayList<>();
        for (int i = 1; i <= route.count(AGENDA_CASE_COUNT); i++) {
            cases.add(new TeamMeetingService.CaseRecord(route.optionalId(AGENDA_CASE + i + "Id"),
                    form.text(caseField(i, "Problem")), form.text(caseField(i, "Solutions")),
                    Boolean.TRUE.equals(form.bool(caseField(i, "FollowUp"), "Uppföljning"))));
        }
        return new MinutesInput(presence, cases);
    }

    static String presenceField(Party party) {
        return party.fieldPrefix() + "Presence";
    }

    /** The field of agenda case {@code row} (1-based), e.g. case2Problem. */
    static String caseField(int row, String part) {
        return "case" + row + part;
    }
}
