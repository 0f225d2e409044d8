package se.samverkan.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.samverkan.cooperation.MeetingRulesTest.words;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.samverkan.platform.FieldValidationException;

/** Rule 4 for Barnets plan, and who is suggested to coordinate next, without the application around them. */
class ChildPlanRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    private static final List<String> ATTENDING = List.of("skola", "socialtjanst", "vardcentral");

    @ParameterizedTest(name = "{0} | {1} | {2} | {3} is adopted")
    @CsvSource(delimiter = '|', textBlock = """
            Läxhjälp två dagar i veckan | skola        | Anna Lund | 2026-12-15
            Samtal med familjen         | socialtjanst | Omar Said | 2026-11-30
            Hälsobesök                  | vardcentral  | Eva Ek    | 2027-01-10T00:00:00
            """)
    void aCompleteActionOfAnAttendingAgencyIsAdopted(String what, String agency, String person, String due) {
        List<PlanAction.Content> adopted = ChildPlanService.checkActions(
                List.of(new PlanActionInput(1, " " + what + " ", agency, person, due)), ATTENDING, TODAY);
        assertThat(adopted).containsExactly(new PlanAction.Content(what, agency, person,
                LocalDate.parse(due.substring(0, 10))));
    }

    /** Columns: row, what, agency, person, due date; the field named and a part of the message. */
    @ParameterizedTest(name = "row {0}: {5}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            1 | -       | skola  | Anna | 2026-12-15 | action1What    | Insats 1: ange vad som ska göras
            2 | Läxhjälp | -     | Anna | 2026-12-15 | action2Agency  | Insats 2: ange vilken verksamhet
            3 | Läxhjälp | polis | Anna | 2026-12-15 | action3Agency  | deltog inte i mötet
            1 | Läxhjälp | skola | -    | 2026-12-15 | action1Person  | ange ansvarig person
            1 | Läxhjälp | skola | Anna | -          | action1DueDate | ange när insatsen ska vara klar
            1 | Läxhjälp | skola | Anna | 15/12/2026 | action1DueDate | ange datum som ÅÅÅÅ-MM-DD
            4 | Läxhjälp | skola | Anna | 2026-11-29 | action4DueDate | har redan passerat
            """)
    void anIncompleteActionIsRefusedNamingItsField(int row, String what, String agency, String person, String due,
            String field, String message) {
        assertThatThrownBy(() -> ChildPlanService.checkActions(
                List.of(new PlanActionInput(row, what, agency, person, due)), ATTENDING, TODAY))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> {
                    assertThat(e.getField()).isEqualTo(field);
                    assertThat(e.getMessage()).contains(message);
                });
    }

    @Test
    void aPlanNeedsAnAction() {
        assertThatThrownBy(() -> ChildPlanService.checkActions(List.of(), ATTENDING, TODAY))
                .isInstanceOfSatisfying(FieldValidationException.class,
                        e -> assertThat(e.getField()).isEqualTo("action1What"));
    }

    /** Columns: the agencies of the plan's actions, the coordinator now, the suggested coordinator. */
    @ParameterizedTest(name = "{0}, now {1} → {2}")
    @CsvSource(delimiter = '|', textBlock = """
            skola                              | skola        | skola
            socialtjanst                       | skola        | socialtjanst
            socialtjanst skola                 | skola        | skola
            socialtjanst skola                 | vardcentral  | socialtjanst
            skola socialtjanst socialtjanst    | skola        | socialtjanst
            vardcentral socialtjanst skola     | socialtjanst | socialtjanst
            """)
    void theAgencyWithMostActionsCoordinatesAndATieKeepsTheCoordinator(String actionAgencies, String now,
            String suggested) {
        assertThat(ChildPlanService.suggestedCoordinator(words(actionAgencies), now)).isEqualTo(suggested);
    }
}
