package se.samverkan.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import se.samverkan.SamverkanTestSupport;

/** Pre-registered team cases through the REST API, as members of two different teams. */
class TeamCaseTest extends SamverkanTestSupport {

    @Autowired
    TeamCaseRepository teamCases;

    @Autowired
    TeamRepository teams;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aMemberRegistersAnAnonymisedCaseForTheTeamsNextMeeting() {
        ResponseEntity<Map> registered = register("anna", "team-forshaga", "INDIVIDUAL_CASE",
                "Hur går vi vidare när sjukpenningen upphör?", "Kvinna 52 år, sjukskriven sedan 18 månader.", true);
        assertThat(registered.getStatusCode()).as(String.valueOf(registered.getBody())).isEqualTo(HttpStatus.OK);
        Long id = (Long) engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId((String) registered.getBody().get("id")).variableName("teamCaseId").singleResult().getValue();
        TeamCase teamCase = teamCases.findById(id).orElseThrow();
        Team forshaga = teams.findById("team-forshaga").orElseThrow();
        assertThat(teamCase.getMeetingAt()).isEqualTo(forshaga.nextMeetingAfter(teamCase.getRegisteredAt()));
        assertThat(teamCase.isLateRegistration()).isFalse();
    }

    @Test
    void aCaseThatIsNotAnonymisedIsRefusedWithTheKindOfDetailAndNothingIsStored() {
        long before = teamCases.count();
        ResponseEntity<Map> refused = register("anna", "team-forshaga", "INDIVIDUAL_CASE",
                "Hur går vi vidare?", "Gäller 811218-9876, sjukskriven sedan mars.", true);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).containsEntry("field", "description").containsEntry("message",
                "Avidentifierad beskrivning: texten ser ut att innehålla ett personnummer eller samordningsnummer. "
                        + "Sådana skrivs aldrig i fritext.");
        assertThat(refused.getBody().toString()).doesNotContain("811218");

        ResponseEntity<Map> named = register("anna", "team-forshaga", "QUESTION", "Karin vill veta hur det går.", null, null);
        assertThat(named.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat((String) named.getBody().get("message")).contains("ett förnamn").doesNotContain("Karin");

        ResponseEntity<Map> unconfirmed = register("anna", "team-forshaga", "INDIVIDUAL_CASE", "Hur går vi vidare?",
                "Man 45 år, långvarigt arbetslös.", false);
        assertThat(unconfirmed.getBody()).containsEntry("field", "confirmedAnonymised");
        assertThat(teamCases.count()).isEqualTo(before);
    }

    @Test
    void aRegistrationAfterTheDeadlineGoesToTheFollowingMeeting() {
        Team hagfors = teams.findById("team-hagfors").orElseThrow();
        int days = hagfors.getRegistrationDaysBefore();
        // The next meeting is at most 28 days away: with a 30-day deadline every registration is late.
        jdbc.update("update team set registration_days_before = 30 where code = 'team-hagfors'");
        try {
            ResponseEntity<Map> registered = register("hugo", "team-hagfors", "QUESTION",
                    "Hur delar vi arbetet med gemensam kartläggning?", null, null);
            assertThat(registered.getStatusCode()).isEqualTo(HttpStatus.OK);
            TeamCase late = teamCases.findByTeamCodeOrderByMeetingAtAscRegisteredAtAsc("team-hagfors").stream()
                    .filter(TeamCase::isLateRegistration).findFirst().orElseThrow();
            Instant next = hagfors.nextMeetingAfter(late.getRegisteredAt());
            assertThat(late.getMeetingAt()).isEqualTo(next.plus(Duration.ofDays(Team.MEETING_INTERVAL_DAYS)));
        } finally {
            jdbc.update("update team set registration_days_before = ? where code = 'team-hagfors'", days);
        }
    }

    @Test
    void eachTeamSeesOnlyItsOwnCases() {
        register("maja", "team-munkfors", "QUESTION", "Vilka rutiner gäller för gemensamma möten?", null, null);
        ResponseEntity<List> own = restAs("maja").getForEntity("/api/teams/team-munkfors/cases", List.class);
        assertThat(own.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(own.getBody()).isNotEmpty();
        assertThat(restAs("hugo").getForEntity("/api/teams/team-munkfors/cases", String.class).getStatusCode())
                .isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(restAs("lena").getForEntity("/api/teams/team-munkfors/cases", List.class).getStatusCode())
                .isEqualTo(HttpStatus.OK);

        ResponseEntity<Map> otherTeam = register("hugo", "team-munkfors", "QUESTION", "Hur gör ni?", null, null);
        assertThat(otherTeam.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(otherTeam.getBody()).containsEntry("field", "team");
    }

    @Test
    void teamMembersSeeTheirTeamsNextMeetingAndTheCasesRegisteredForItOthersSeeNoTeam() {
        register("hugo", "team-hagfors", "QUESTION", "Hur ser vi till att ingen faller mellan stolarna?", null, null);

        List<Map<String, Object>> hugos = restAs("hugo").getForObject("/api/teams/mine", List.class);
        assertThat(hugos).singleElement().satisfies(team -> {
            assertThat(team).containsEntry("code", "team-hagfors");
            // Before the träff is planned, the team's four-weekly schedule says when it is.
            assertThat((Map<String, Object>) team.get("nextMeeting")).containsEntry("agendaConfirmed", false)
                    .containsKey("when");
            assertThat((List<Map<String, Object>>) team.get("cases")).extracting(c -> c.get("type") + "/"
                            + c.get("raisingParty") + "/" + c.get("question"))
                    .contains("Fråga om samverkan eller rutiner/Försäkringskassan/"
                            + "Hur ser vi till att ingen faller mellan stolarna?");
        });
        // A teacher is in no team; a member of another team does not see this one.
        assertThat(restAs("sara").getForObject("/api/teams/mine", List.class)).isEmpty();
        assertThat(restAs("maja").getForObject("/api/teams/mine", List.class))
                .extracting(t -> ((Map) t).get("code")).containsExactly("team-munkfors");
    }

    private ResponseEntity<Map> register(String user, String team, String type, String question, String description,
            Boolean confirmed) {
        return postJson(user, "/process-definition/key/teamCase/start", variables("team", team, "caseType", type,
                "raisingParty", "FORSAKRINGSKASSAN", "question", question, "description", description,
                "confirmedAnonymised", confirmed));
    }
}
