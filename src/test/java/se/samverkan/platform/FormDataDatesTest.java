package se.samverkan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The server reads exactly what the Swedish date and time fields in Tasklist send (see
 * samverkan/swedish-dates.js and the forms' timeSerializingFormat "no_timezone"): a date as ÅÅÅÅ-MM-DD, a
 * date and time as Swedish local time to the minute. Anything else a REST client might send is refused
 * with a Swedish message naming the field, never read as something else.
 */
class FormDataDatesTest {

    private static FormData form(String value) {
        VariableScope variables = mock(VariableScope.class);
        when(variables.getVariable("when")).thenReturn(value);
        return FormData.of(variables);
    }

    @ParameterizedTest(name = "date \"{0}\" is {1}")
    @CsvSource({
            "2026-11-27, 2026-11-27",
            "2028-02-29, 2028-02-29",
            // A date and time field's value, read for its date.
            "2026-11-27T23:08, 2026-11-27",
            "2026-11-27T00:30+01:00, 2026-11-27"
    })
    void aDateIsReadAsSent(String sent, LocalDate read) {
        assertThat(form(sent).date("when", "Datum")).isEqualTo(read);
    }

    @ParameterizedTest(name = "date \"{0}\" is refused")
    @CsvSource({"27.11.2026", "11/27/2026", "2026-02-31", "2026-13-01", "2026-11-27T25:00", "imorgon"})
    void anythingElseIsRefusedNamingTheField(String sent) {
        assertThatThrownBy(() -> form(sent).date("when", "Datum"))
                .isInstanceOf(FieldValidationException.class)
                .hasMessageStartingWith("Datum: ange ")
                .extracting(error -> ((FieldValidationException) error).getField()).isEqualTo("when");
    }

    @ParameterizedTest(name = "date and time \"{0}\" is {1} in Sweden")
    @CsvSource({
            // What the forms send: no time zone, the time as typed.
            "2026-11-27T09:00, 2026-11-27T09:00",
            "2026-11-27T23:08, 2026-11-27T23:08",
            "2026-06-01T00:01, 2026-06-01T00:01",
            // As the refusal's example writes it.
            "2026-12-01 10:00, 2026-12-01T10:00",
            // With an offset (a REST client, or a form saved before the change): the same instant in Sweden.
            "2026-11-27T08:00Z, 2026-11-27T09:00",
            "2026-06-01T10:00+02:00, 2026-06-01T10:00"
    })
    void aDateAndTimeIsSwedishLocalTime(String sent, LocalDateTime read) {
        assertThat(form(sent).dateTime("when", "Mötets start").toLocalDateTime()).isEqualTo(read);
        assertThat(form(sent).dateTime("when", "Mötets start").getZone()).isEqualTo(ClockConfiguration.SWEDEN);
    }

    @ParameterizedTest(name = "date and time \"{0}\" is refused")
    @CsvSource({"2026-11-27 9:00", "27.11.2026 9.00", "2026-11-27T24:00", "2026-11-27T09:60", "0900"})
    void aDateAndTimeItCannotReadIsRefused(String sent) {
        assertThatThrownBy(() -> form(sent).dateTime("when", "Mötets start"))
                .isInstanceOf(FieldValidationException.class)
                .hasMessage("Mötets start: ange datum och tid, till exempel 2026-12-01 10:00.");
    }
}
