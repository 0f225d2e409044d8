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
import se.samverkan.agency.AgencyType;
import se.samverkan.platform.FieldValidationException;

/** Rules 1 and 2 (who is invited) and the meeting's schedule, without the application around them. */
class MeetingRulesTest {

    private static final Map<String, Agency> AGENCIES = Stream.of(
                    new Agency("skola", "Skola", AgencyKind.MUNICIPALITY).locatedIn(AgencyType.SCHOOL, "Växjö kommun", "Växjö"),
                    new Agency("socialtjanst", "Socialtjänsten", AgencyKind.MUNICIPALITY)
                            .locatedIn(AgencyType.SOCIAL_SERVICES, "Växjö kommun", "Växjö"),
                    new Agency("vardcentral", "Vårdcentral", AgencyKind.REGION)
                            .locatedIn(AgencyType.HEALTH_CENTRE, "Region Kronoberg", "Växjö"),
                    new Agency("vc-ljungby", "Vårdcentralen Ljungby", AgencyKind.REGION)
                            .locatedIn(AgencyType.HEALTH_CENTRE, "Region Kronoberg", "Ljungby"),
                    new Agency("bhv", "BVC", AgencyKind.REGION)
                            .locatedIn(AgencyType.CHILD_HEALTH_CARE, "Region Kronoberg", "Växjö"),
                    Agency.specialistCare("bup", "BUP", AgencyKind.REGION)
                            .locatedIn(AgencyType.CHILD_PSYCHIATRY, "Region Kronoberg", null),
                    Agency.specialistCare("hab", "Habiliteringen", AgencyKind.REGION)
                            .locatedIn(AgencyType.HABILITATION, "Region Kronoberg", null),
                    Agency.specialistCare("barnklinik", "Barnkliniken", AgencyKind.REGION)
                            .locatedIn(AgencyType.PAEDIATRIC_CLINIC, "Region Kronoberg", null))
            .collect(Collectors.toMap(Agency::getCode, Function.identity()));

    private static final MeetingService.Child VAXJO_SCHOOL_CHILD = new MeetingService.Child("Växjö", false);

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
            barnklinik            | -   | skola barnklinik vardcentral       | vardcentral<barnklinik
            bup                   | -   | skola bup vardcentral vc-ljungby   | vardcentral<bup
            """)
    void consentedAgenciesAreInvitedAndSpecialistCareOnlyWithACareContact(String invited, String established,
            String covered, String expected) {
        List<MeetingService.Invite> invites = MeetingService.invitations(words(invited), words(established),
                Set.copyOf(words(covered)), "skola", AGENCIES, VAXJO_SCHOOL_CHILD);
        assertThat(invites).extracting(i -> i.agency() + (i.replaces() == null ? "" : "<" + i.replaces()))
                .containsExactlyElementsOf(words(expected));
    }

    @ParameterizedTest(name = "{0} (vård: {1}, samtycke: {2}) → {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            -               | -           | skola socialtjanst     | invitedAgencies         | välj minst en verksamhet
            polis           | -           | skola socialtjanst     | invitedAgencies         | okänd verksamhet
            socialtjanst    | -           | skola                  | invitedAgencies         | samtycket omfattar inte Socialtjänsten
            skola           | -           | skola socialtjanst     | invitedAgencies         | annan verksamhet än den samordnande
            bup             | -           | skola bup              | invitedAgencies         | samtycket omfattar inte barnets vårdcentral (Vårdcentral)
            bup             | -           | skola bup vc-ljungby   | invitedAgencies         | samtycket omfattar inte barnets vårdcentral (Vårdcentral)
            socialtjanst    | vardcentral | skola socialtjanst     | establishedCareContacts | bara verksamheter inom specialistvården
            """)
    void whatTheRulesRefuseNamesTheField(String invited, String established, String covered, String field,
            String message) {
        assertThatThrownBy(() -> MeetingService.invitations(words(invited), words(established),
                Set.copyOf(words(covered)), "skola", AGENCIES, VAXJO_SCHOOL_CHILD))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> {
                    assertThat(e.getField()).isEqualTo(field);
                    assertThat(e.getMessage()).contains(message);
                });
    }

    /** Columns: the case's municipality, under school age, consent; who stands in for BUP (or the refusal). */
    @ParameterizedTest(name = "{0}, under school age {1}, samtycke {2} → {3}")
    @CsvSource(delimiter = '|', textBlock = """
            Ljungby | false | skola bup vc-ljungby vardcentral | vc-ljungby<bup
            Växjö   | true  | skola bup bhv vardcentral        | bhv<bup
            Växjö   | true  | skola bup vardcentral            | samtycket omfattar inte barnhälsovården (BVC)
            Ljungby | true  | skola bup bhv                    | samtycket omfattar inte barnhälsovården.
            """)
    void specialistCareIsReplacedByTheChildsOwnPrimaryCare(String municipality, boolean underSchoolAge,
            String covered, String expected) {
        MeetingService.Child child = new MeetingService.Child(municipality, underSchoolAge);
        if (expected.contains("samtycket")) {
            assertThatThrownBy(() -> MeetingService.invitations(List.of("bup"), List.of(), Set.copyOf(words(covered)),
                    "skola", AGENCIES, child)).hasMessageContaining(expected);
        } else {
            assertThat(MeetingService.invitations(List.of("bup"), List.of(), Set.copyOf(words(covered)), "skola",
                    AGENCIES, child)).extracting(i -> i.agency() + "<" + i.replaces()).containsExactly(expected);
        }
    }

    /** Columns: personnummer, today; under school age (before the autumn term of the year the child turns six). */
    @ParameterizedTest(name = "{0} on {1}: under school age {2}")
    @CsvSource(textBlock = """
            20210314-1236, 2027-07-31, true
            20210314-1236, 2027-08-01, false
            20201231-1235, 2026-11-30, false
            20240101-1230, 2026-11-30, true
            not-a-number,  2026-11-30, false
            """)
    void underSchoolAgeUntilTheAutumnOfTheYearTheChildTurnsSix(String personalNumber, java.time.LocalDate today,
            boolean expected) {
        assertThat(MeetingService.underSchoolAge(personalNumber, today)).isEqualTo(expected);
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
