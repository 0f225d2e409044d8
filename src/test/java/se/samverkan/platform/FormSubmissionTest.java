package se.samverkan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.File;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The form contract on the deployed "Bjud in till samverkansmöte" and "Bedöm behov" forms, without the engine. */
class FormSubmissionTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 29);

    static FormContract form(String name) throws Exception {
        return FormContract.parse(JSON.readTree(new File("forms/" + name + ".form")));
    }

    static ObjectNode check(String form, String variables) throws Exception {
        FormSubmission submission = new FormSubmission(form(form),
                field -> field.valuesKey() == null ? null : List.of("trygg", "ma-bra", "skola", "socialtjanst"),
                Set.of("childPersonalNumber"), Set.of(), TODAY);
        return submission.check(JSON.readTree(variables));
    }

    @Test
    void aGoodSubmissionGoesOnTypedWithFreeTextTransientAndUnsentFieldsCleared() throws Exception {
        ObjectNode out = check("assessNeed", """
                {"observations": {"value": "Hög frånvaro."}, "assessmentOutcome": {"value": "JOINT"},
                 "wellbeingAreas": {"value": "[\\"trygg\\"]", "type": "Json"}}""");
        assertThat(out.path("observations").path("valueInfo").path("transient").asBoolean()).isTrue();
        assertThat(out.path("assessmentOutcome").path("type").asText()).isEqualTo("String");
        assertThat(out.path("assessmentOutcome").has("valueInfo")).isFalse();
        assertThat(out.path("wellbeingAreas").path("value").asText()).isEqualTo("[\"trygg\"]");
        // Free text left out is simply absent (it never persists); the rest is cleared for this round.
        assertThat(out.has("childAndGuardianAccount")).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            extra variable          | assessNeed    | {"observations": {"value": "x"}, "assessmentOutcome": {"value": "JOINT"}, "caseId": {"value": 7}} | caseId
            required choice missing | assessNeed    | {"observations": {"value": "x"}} | assessmentOutcome
            required text blank     | consentWithdrawal | {"caseNumber": {"value": "  "}, "withdrawnBy": {"value": "CHILD"}, "withdrawnOn": {"value": "2026-11-30"}} | caseNumber
            unknown choice          | assessNeed    | {"observations": {"value": "x"}, "assessmentOutcome": {"value": "POLIS"}} | assessmentOutcome
            number as choice        | assessNeed    | {"observations": {"value": "x"}, "assessmentOutcome": {"value": 3}} | assessmentOutcome
            object type             | assessNeed    | {"observations": {"value": "x", "type": "Object"}, "assessmentOutcome": {"value": "JOINT"}} | observations
            bytes type              | assessNeed    | {"observations": {"value": "AAE=", "type": "Bytes"}, "assessmentOutcome": {"value": "JOINT"}} | observations
            text as number          | assessNeed    | {"observations": {"value": 12}, "assessmentOutcome": {"value": "JOINT"}} | observations
            list not from options   | assessNeed    | {"observations": {"value": "x"}, "assessmentOutcome": {"value": "JOINT"}, "wellbeingAreas": {"value": "[\\"polis\\"]", "type": "Json"}} | wellbeingAreas
            list not a list         | assessNeed    | {"observations": {"value": "x"}, "assessmentOutcome": {"value": "JOINT"}, "wellbeingAreas": {"value": "{}", "type": "Json"}} | wellbeingAreas
            personnummer in text    | assessNeed    | {"observations": {"value": "Gäller 201503141234"}, "assessmentOutcome": {"value": "JOINT"}} | observations
            personnummer with dash  | assessNeed    | {"observations": {"value": "Gäller 150314 − 1234"}, "assessmentOutcome": {"value": "JOINT"}} | observations
            date not a date         | inviteToMeeting | {"invitedAgencies": {"value": "[\\"skola\\"]", "type": "Json"}, "meetingStart": {"value": "27.11.2026"}} | meetingStart
            number not a number     | inviteToMeeting | {"invitedAgencies": {"value": "[\\"skola\\"]", "type": "Json"}, "meetingStart": {"value": "2026-12-01T10:00"}, "meetingDurationMinutes": {"value": "en timme"}} | meetingDurationMinutes
            variables not an object | assessNeed    | [] | variables
            """)
    void refusesNamingTheField(String what, String form, String variables, String field) throws Exception {
        assertThatThrownBy(() -> check(form, variables)).as(what).isInstanceOf(FieldValidationException.class)
                .satisfies(e -> assertThat(((FieldValidationException) e).getField()).isEqualTo(field));
    }

    @Test
    void tooLongTextIsRefusedByTheFormsOwnLimit() throws Exception {
        String text = "x".repeat(4001);
        assertThatThrownBy(() -> check("assessNeed", "{\"observations\": {\"value\": \"" + text
                + "\"}, \"assessmentOutcome\": {\"value\": \"JOINT\"}}"))
                .hasMessage("Något att lägga till om vad vi sett, hört eller förstått?: högst 4000 tecken.");
    }

    @Test
    void theChildsPersonnummerIsAcceptedOnlyInItsOwnField() throws Exception {
        JsonNode out = check("childCooperationStart", """
                {"initiatingAgency": {"value": "skola"}, "childName": {"value": "Alva Berg"},
                 "childPersonalNumber": {"value": "20150314-1234"}, "guardian1Name": {"value": "Karin Berg"},
                 "guardian1Contact": {"value": "070-123 45 67"}, "noticed": {"value": "Trött."}}""");
        assertThat(out.path("childPersonalNumber").path("valueInfo").path("transient").asBoolean()).isTrue();
    }
}
