package se.samverkan.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.samverkan.agency.Agency;
import se.samverkan.agency.AgencyKind;
import se.samverkan.platform.FieldValidationException;

/** Rules 1 and 2 (who is invited) and the meeting's schedule, without the application around them. */
class MeetingRulesTest {

    private static final Map<String, Agency> AGENCIES = Stream.of(
                    new Agency("skola", "Skola", AgencyKind.MUNICIPALITY),
                    new Agency("socialtjanst", "Socialtjänsten", AgencyKind.MUNICIPALITY),
                    new Agency("vardcentral", "Vårdcentral", AgencyKind.REGION),
                    new Agency("bup", "BUP", AgencyKind.REGION, "vardcentral"),
                    new Agency("hab", "Habiliteringen", AgencyKind.REGION, "vardcentral"),
                    new Agency("barnklinik", "Barnkliniken", AgencyKind.REGION, null))
            .collect(Collectors.toMap(Agency::getCode, Function.identity()));

    /** Columns: invited, established care contacts, covered by consent; expected invites as agency<replaces. */
    @ParameterizedTest(name = "{0} (vård: {1}, samtycke: {2}) → {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            socialtjanst          | -   | skola socialtjanst                 | socialtjanst
            skola socialtjanst    | -   | skola socialtjanst                 | socialtjanst
            socialtjanst skola    | -   | skola socialtjanst                 | socialtjanst
            bup                   | bup | skola bup                          | bup
            bup                   | -   | skola bup vardcentral              | vardcentral<bup
            bup hab               | -   | skola bup hab vardcentral          | vardcentral<bup
            bup vardcentral       | -   | skola bup vardcentral              | vardcentral<bup
            socialtjanst bup      | bup | skola socialtjanst bup             | socialtjanst bup
            """)
    void consentedAgenciesAreInvitedAndSpecialistCareOnlyWithACareContact(String invited, String established,
            String covered, String expected) {
        List<MeetingService.Invite> invites = MeetingService.invitations(words(invited), words(established),
                Set.copyOf(words(covered)), "skola", AGENCIES);
        assertThat(invites).extracting(i -> i.agency() + (i.replaces() == null ? "" : "<" + i.replaces()))
                .containsExactlyElementsOf(words(expected));
    }

    @ParameterizedTest(name = "{0} (vård: {1}, samtycke: {2}) → {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            -               | -           | skola socialtjanst     | invitedAgencies         | välj minst en verksamhet
            polis           | -           | skola socialtjanst     | invitedAgencies         | okänd verksamhet
            socialtjanst    | -           | skola                  | invitedAgencies         | samtycket omfattar inte Socialtjänsten
            skola           | -           | skola socialtjanst     | invitedAgencies         | annan verksamhet än den samordnande
            bup             | -           | skola bup              | invitedAgencies         | samtycket omfattar inte Vårdcentral
            barnklinik      | -           | skola barnklinik       | invitedAgencies         | ingen motsvarighet i primärvården
            socialtjanst    | vardcentral | skola socialtjanst     | establishedCareContacts | bara verksamheter inom specialistvården
            """)
    void whatTheRulesRefuseNamesTheField(String invited, String established, String covered, String field,
            String message) {
        assertThatThrownBy(() -> MeetingService.invitations(words(invited), words(established),
                Set.copyOf(words(covered)), "skola", AGENCIES))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> {
                    assertThat(e.getField()).isEqualTo(field);
                    assertThat(e.getMessage()).contains(message);
                });
    }

    /** Columns: hours from now to the meeting; expected hours from now of reminder, answers and record. */
    @ParameterizedTest(name = "meeting in {0} h: reminder {1} h, answers {2} h, record {3} h")
    @CsvSource(textBlock = """
            240, 192, 216, 288
            49,  1,   25,  97
            48,  24,  24,  96
            30,  15,  6,   78
            2,   1,   2,   50
            """)
    void answersAreDueADayAheadAndRemindedTwoDaysAhead(long meetingIn, long reminderIn, long answersIn, long recordIn) {
        Instant now = Instant.parse("2026-11-30T08:00:00Z");
        MeetingService.Schedule schedule = MeetingService.schedule(now.plusSeconds(meetingIn * 3600), now);
        assertThat(schedule.answerReminder()).isEqualTo(now.plusSeconds(reminderIn * 3600));
        assertThat(schedule.answerDeadline()).isEqualTo(now.plusSeconds(answersIn * 3600));
        assertThat(schedule.recordDeadline()).isEqualTo(now.plusSeconds(recordIn * 3600));
    }

    static List<String> words(String text) {
        return text == null ? List.of() : Arrays.asList(text.trim().split("\\s+"));
    }
}
