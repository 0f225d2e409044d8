package se.samverkan.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;
import static se.samverkan.cooperation.MeetingRulesTest.words;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.samverkan.agency.Agency;
import se.samverkan.agency.AgencyKind;
import se.samverkan.agency.AgencyRepository;
import se.samverkan.platform.ClockConfiguration;
import se.samverkan.platform.FieldValidationException;

/** What a recorded or extended consent must hold, without the application around it. */
class ConsentRulesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T09:00:00Z"), ClockConfiguration.SWEDEN);

    private final ConsentService service = new ConsentService(null, null, null, agencies(), CLOCK);

    private static AgencyRepository agencies() {
        AgencyRepository agencies = mock(AgencyRepository.class);
        when(agencies.findById(anyString())).thenReturn(Optional.empty());
        when(agencies.findById("skola")).thenReturn(Optional.of(new Agency("skola", "Skola", AgencyKind.MUNICIPALITY)));
        when(agencies.findById("bup")).thenReturn(Optional.of(Agency.specialistCare("bup", "BUP", AgencyKind.REGION)));
        when(agencies.findById("socialtjanst"))
                .thenReturn(Optional.of(new Agency("socialtjanst", "Socialtjänsten", AgencyKind.MUNICIPALITY)));
        return agencies;
    }

    @ParameterizedTest(name = "{0} {1}, barnet {2}: {3}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            WRITTEN | 2026-11-30 | GIVEN            | skola                  | -
            WRITTEN | 2026-01-02 | -                | bup skola              | -
            ORAL    | 2026-11-29 | NOT_MATURE       | socialtjanst           | Samtycke har lämnats muntligen den 2026-11-29 för kontakt med Socialtjänsten.
            ORAL    | 2026-11-30 | GIVEN            | skola bup socialtjanst | Samtycke har lämnats muntligen den 2026-11-30 för kontakt med Skola, BUP och Socialtjänsten.
            """)
    void aCompleteConsentIsKeptWithTheSentenceTheProcedurePrescribesForOralConsent(String form, String date,
            String child, String agencies, String statement) {
        Consent consent = service.check(7L, new ConsentService.ConsentInput(form, LocalDate.parse(date), " Sara och Ali ",
                child, words(agencies)), "consentedAgencies", "anna");
        assertThat(consent.getCaseId()).isEqualTo(7L);
        assertThat(consent.getAgencies()).containsExactlyElementsOf(words(agencies));
        assertThat(consent.getStatement()).isEqualTo(statement);
    }

    /** Columns: form, date, guardians, the child's answer, agencies; the field named and part of the message. */
    @ParameterizedTest(name = "{5}: {6}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            -       | 2026-11-30 | Sara | GIVEN     | skola | consentForm         | skriftligt eller muntligt
            EMAIL   | 2026-11-30 | Sara | GIVEN     | skola | consentForm         | skriftligt eller muntligt
            WRITTEN | -          | Sara | GIVEN     | skola | consentDate         | ange när samtycket lämnades
            WRITTEN | 2026-12-01 | Sara | GIVEN     | skola | consentDate         | kan inte ha lämnats i framtiden
            WRITTEN | 2026-11-30 | -    | GIVEN     | skola | consentingGuardians | vilka vårdnadshavare
            WRITTEN | 2026-11-30 | Sara | MAYBE     | skola | childConsent        | välj ett av alternativen
            WRITTEN | 2026-11-30 | Sara | NOT_GIVEN | skola | childConsent        | samverkan kan inte aktiveras
            WRITTEN | 2026-11-30 | Sara | GIVEN     | -     | consentedAgencies   | välj minst en verksamhet
            WRITTEN | 2026-11-30 | Sara | GIVEN     | polis | consentedAgencies   | okänd verksamhet
            """)
    void anIncompleteConsentIsRefusedNamingItsField(String form, String date, String guardians, String child,
            String agencies, String field, String message) {
        assertThatThrownBy(() -> service.check(7L, new ConsentService.ConsentInput(form,
                date == null ? null : LocalDate.parse(date), guardians, child, words(agencies)), "consentedAgencies", "anna"))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> {
                    assertThat(e.getField()).isEqualTo(field);
                    assertThat(e.getMessage()).contains(message);
                });
    }

    @Test
    void anExtensionNamesItsOwnField() {
        assertThatThrownBy(() -> service.check(7L, new ConsentService.ConsentInput("WRITTEN", LocalDate.of(2026, 11, 30),
                "Sara", "GIVEN", words(null)), "additionalAgencies", "anna"))
                .isInstanceOfSatisfying(FieldValidationException.class, e -> {
                    assertThat(e.getField()).isEqualTo("additionalAgencies");
                    assertThat(e.getMessage()).startsWith("Verksamheter som samtycket nu också omfattar");
                });
    }
}
