package se.samverkan.team;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The team cycle's small rules: dates never in the past, and who convenes next. */
class TeamMeetingRulesTest {

    @ParameterizedTest(name = "{0} with now {1} → {2}")
    @CsvSource(textBlock = """
            2026-12-21T08:00:00Z, 2026-11-30T08:00:00Z, 2026-12-21T08:00:00Z
            2026-11-09T08:00:00Z, 2026-11-30T08:00:00Z, 2026-11-30T08:00:00Z
            2026-11-30T08:00:00Z, 2026-11-30T08:00:00Z, 2026-11-30T08:00:00Z
            """)
    void aDateAlreadyPassedIsDueNow(String at, String now, String expected) {
        assertThat(TeamMeetingService.notBefore(Instant.parse(at), Instant.parse(now))).isEqualTo(Instant.parse(expected));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(nullValues = "-", textBlock = """
            TEAM,           team-kil
            PROCESS_LEADER, processledare
            -,              -
            """)
    void theTeamOrTheProcessLeadersConveneNext(String answer, String group) {
        assertThat(TeamMeetingService.conveningGroup(answer, "team-kil")).isEqualTo(group);
    }
}
