package se.samverkan.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where a case stands in the words of "Mina ärenden", without the application around it. */
class CaseStateTest {

    private static final Instant NOW = Instant.parse("2026-11-30T08:00:00Z");

    /**
     * Columns: case status; the latest meeting (none, or its status and start), the answers to its
     * invitations, the current plan version; the words.
     */
    @ParameterizedTest(name = "{0} {1} {2} {3} {4} → {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            NOTICED       | -         | -                    | -                | 0 | Behovet bedöms
            NOT_ACTIVATED | -         | -                    | -                | 0 | Eget stöd räcker
            REFERRED      | -         | -                    | -                | 0 | Hänvisat till annan verksamhet
            NO_CONSENT    | -         | -                    | -                | 0 | Inget samtycke
            ACTIVE        | -         | -                    | -                | 0 | Möte ska bokas
            ACTIVE        | PLANNED   | 2026-12-07T09:00:00Z | PENDING ACCEPTED | 0 | Väntar på svar, möte 7 december kl. 10:00
            ACTIVE        | PLANNED   | 2027-01-12T08:00:00Z | ACCEPTED DECLINED | 0 | Möte planerat 12 januari 2027 kl. 09:00
            ACTIVE        | PLANNED   | 2026-11-30T07:00:00Z | ACCEPTED         | 0 | Mötet ska dokumenteras
            ACTIVE        | HELD      | 2026-11-20T09:00:00Z | ACCEPTED         | 0 | Barnets plan ska upprättas
            ACTIVE        | HELD      | 2026-11-20T09:00:00Z | ACCEPTED         | 2 | Plan antagen
            ACTIVE        | CANCELLED | 2026-12-07T09:00:00Z | WITHDRAWN        | 1 | Möte ska bokas
            CLOSED        | HELD      | 2026-11-20T09:00:00Z | ACCEPTED         | 1 | Avslutat
            STOPPED       | CANCELLED | 2026-12-07T09:00:00Z | WITHDRAWN        | 1 | Samtycket återkallat
            """)
    void words(CaseStatus status, MeetingStatus meetingStatus, Instant startsAt, String answers, int planVersion,
            String expected) {
        CooperationMeeting latest = null;
        if (meetingStatus != null) {
            latest = new CooperationMeeting(1L, 1, startsAt, 90, "Rum 1", null, List.of(), "sara");
            for (String answer : answers.split(" ")) {
                latest.invite("agency-" + answer, null, null)
                        .answer(InvitationStatus.valueOf(answer), null, null, "someone", NOW);
            }
            if (meetingStatus == MeetingStatus.HELD) {
                latest.record(List.of(), true, List.of(), null, null, null, null, "someone", NOW);
            } else if (meetingStatus == MeetingStatus.CANCELLED) {
                latest.cancel();
            }
        }
        assertThat(CaseViewService.state(status, latest, planVersion, NOW)).isEqualTo(expected);
    }
}
