package se.samverkan.survey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import se.samverkan.platform.FieldValidationException;
import se.samverkan.survey.SurveyCodes.QuestionKind;
import se.samverkan.survey.SurveyCodes.RoundKind;
import se.samverkan.survey.SurveyRules.Answer;
import se.samverkan.survey.SurveyRules.Earlier;
import se.samverkan.survey.SurveyRules.Question;
import se.samverkan.survey.SurveyStore.RoundRow;
import se.samverkan.survey.SurveyStore.Tally;

/** The survey rules without the application: starting a round, the order of rounds, answers, figures. */
class SurveyRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 10);
    static final Set<String> SETS = Set.of("samverkan-medarbetare", "samverkan-medborgare");
    static final Set<String> TEAMS = Set.of("team-forshaga");
    static final List<Question> QUESTIONS = List.of(
            new Question("vet-vem", 1, "Jag vet vem jag ska kontakta i andra verksamheter.", QuestionKind.LIKERT),
            new Question("fungerar", 2, "Samverkan kring barn fungerar bra i vår kommun.", QuestionKind.LIKERT),
            new Question("battre", 3, "Vad skulle göra samverkan bättre?", QuestionKind.FREE_TEXT));

    static Map<String, Object> valid() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("questionSet", "samverkan-medarbetare");
        body.put("kind", "BASELINE");
        body.put("team", "team-forshaga");
        body.put("links", 20);
        body.put("closesOn", "2026-04-10");
        return body;
    }

    @Test
    void aValidStart() {
        assertThat(SurveyRules.start(valid(), SETS, TEAMS, TODAY)).isEqualTo(new SurveyRules.Start(
                "samverkan-medarbetare", RoundKind.BASELINE, "team-forshaga", 20, LocalDate.of(2026, 4, 10)));
    }

    @ParameterizedTest(name = "{0} = {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "questionSet | NULL                  | questionSet | Frågeuppsättning: välj en av enkätens frågeuppsättningar.",
        "questionSet | okänd                 | questionSet | Frågeuppsättning: välj en av enkätens frågeuppsättningar.",
        "questionSet | NUMBER                | questionSet | Frågeuppsättning: välj en av enkätens frågeuppsättningar.",
        "kind        | NULL                  | kind        | Omgång: välj nulägesanalys, deluppföljning eller slutuppföljning.",
        "kind        | baseline              | kind        | Omgång: välj nulägesanalys, deluppföljning eller slutuppföljning.",
        "team        | team-hagfors          | team        | Samverkansteam: okänt team.",
        "team        | NULL                  | team        | Samverkansteam: okänt team.",
        "links       | 0                     | links       | Antal länkar: ange ett heltal från 1 till 500.",
        "links       | 501                   | links       | Antal länkar: ange ett heltal från 1 till 500.",
        "links       | STRING20              | links       | Antal länkar: ange ett heltal från 1 till 500.",
        "links       | 2.5                   | links       | Antal länkar: ange ett heltal från 1 till 500.",
        "links       | NULL                  | links       | Antal länkar: ange ett heltal från 1 till 500.",
        "closesOn    | 2026-03-10            | closesOn    | Sista svarsdag: ange ett datum ÅÅÅÅ-MM-DD efter i dag och högst ett år fram.",
        "closesOn    | 2026-03-09            | closesOn    | Sista svarsdag: ange ett datum ÅÅÅÅ-MM-DD efter i dag och högst ett år fram.",
        "closesOn    | 2027-03-12            | closesOn    | Sista svarsdag: ange ett datum ÅÅÅÅ-MM-DD efter i dag och högst ett år fram.",
        "closesOn    | 2026-02-30            | closesOn    | Sista svarsdag: ange ett datum ÅÅÅÅ-MM-DD efter i dag och högst ett år fram.",
        "closesOn    | 10.04.2026            | closesOn    | Sista svarsdag: ange ett datum ÅÅÅÅ-MM-DD efter i dag och högst ett år fram.",
        "extra       | x                     | extra       | Okänt fält: enkäten tar emot frågeuppsättning, omgång, samverkansteam, antal länkar och sista svarsdag."})
    void refusalsNameTheField(String field, String value, String named, String message) {
        Map<String, Object> body = valid();
        body.put(field, value == null ? null : switch (value) {
            case "NUMBER" -> 7;
            case "STRING20" -> "20";
            case "2.5" -> 2.5;
            default -> value.matches("\\d+") ? (Object) Integer.valueOf(value) : value;
        });
        assertThatThrownBy(() -> SurveyRules.start(body, SETS, TEAMS, TODAY)).isInstanceOf(FieldValidationException.class)
                .hasMessage(message).hasFieldOrPropertyWithValue("field", named);
    }

    @Test
    void aRoundMayCloseAYearAheadAtMost() {
        Map<String, Object> body = valid();
        body.put("closesOn", "2026-03-11");
        assertThat(SurveyRules.start(body, SETS, TEAMS, TODAY).closesOn()).isEqualTo(LocalDate.of(2026, 3, 11));
        body.put("closesOn", TODAY.plusDays(366).toString());
        assertThat(SurveyRules.start(body, SETS, TEAMS, TODAY).closesOn()).isEqualTo(TODAY.plusDays(366));
    }

    @ParameterizedTest(name = "{0} after [{1}] → {2}")
    @CsvSource(delimiter = '|', nullValues = "OK", value = {
        "BASELINE |                             | OK",
        "INTERIM  |                             | kind",
        "FINAL    |                             | kind",
        "INTERIM  | BASELINE:closed             | OK",
        "FINAL    | BASELINE:closed,INTERIM:closed | OK",
        "FINAL    | BASELINE:closed             | OK",
        "INTERIM  | BASELINE:open               | team",
        "BASELINE | BASELINE:open               | team",
        "INTERIM  | INTERIM:closed              | kind",
        "BASELINE | BASELINE:closed,FINAL:closed | OK"})
    void oneOpenRoundPerTeamAndSetAndABaselineFirst(RoundKind kind, String earlier, String refusedField) {
        List<Earlier> rounds = earlier == null || earlier.isBlank() ? List.of() : java.util.Arrays.stream(earlier.split(","))
                .map(e -> new Earlier(RoundKind.valueOf(e.split(":")[0].trim()), e.endsWith("open"))).toList();
        if (refusedField == null) {
            SurveyRules.sequence(kind, rounds);
        } else {
            assertThatThrownBy(() -> SurveyRules.sequence(kind, rounds)).isInstanceOf(FieldValidationException.class)
                    .hasFieldOrPropertyWithValue("field", refusedField);
        }
    }

    @Test
    void answersAreReadInTheQuestionsOrderAndVetInteIsNoAnswer() {
        assertThat(SurveyRules.answers(QUESTIONS, form("enkat", "1", "q-fungerar", "4", "q-vet-vem", "vet-inte",
                "q-battre", "  Mer tid.\r\nOch en rutin.  "), TODAY)).containsExactly(
                new Answer("fungerar", 4, null), new Answer("battre", null, "Mer tid.\nOch en rutin."));
        assertThat(SurveyRules.answers(QUESTIONS, form("enkat", "1", "q-battre", ""), TODAY)).isEmpty();
        // 2 000 characters with line breaks as the browser sends them (CR LF) are 2 000 characters.
        String text = ("a".repeat(99) + "\r\n").repeat(20);
        assertThat(SurveyRules.answers(QUESTIONS, form("enkat", "1", "q-battre", text), TODAY).get(0).text()).hasSize(1999);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "no marker          | q-fungerar=4                   | Svaret kunde inte läsas. Öppna länken igen och skicka svaret på nytt.",
        "0                  | enkat=1,q-fungerar=0           | Fråga 2 (”Samverkan kring barn fungerar bra i vår kommun.”): välj ett svar från 1 till 5, eller Vet inte.",
        "6                  | enkat=1,q-fungerar=6           | Fråga 2 (”Samverkan kring barn fungerar bra i vår kommun.”): välj ett svar från 1 till 5, eller Vet inte.",
        "text for a number  | enkat=1,q-vet-vem=fem          | Fråga 1 (”Jag vet vem jag ska kontakta i andra verksamheter.”): välj ett svar från 1 till 5, eller Vet inte.",
        "3.0                | enkat=1,q-vet-vem=3.0          | Fråga 1 (”Jag vet vem jag ska kontakta i andra verksamheter.”): välj ett svar från 1 till 5, eller Vet inte.",
        "unknown field      | enkat=1,q-namn=Alva            | Svaret innehåller ett fält som inte hör till enkäten.",
        "twice              | enkat=1,q-vet-vem=2,q-vet-vem=5 | Fråga 1 (”Jag vet vem jag ska kontakta i andra verksamheter.”): svara en gång.",
        "a personnummer     | enkat=1,q-battre=Tolvan 19121212-1212 behöver hjälp | Fråga 3 (”Vad skulle göra samverkan bättre?”): skriv inga personnummer. Svaren är anonyma.",
        "a short one        | enkat=1,q-battre=Om 121212-1212 | Fråga 3 (”Vad skulle göra samverkan bättre?”): skriv inga personnummer. Svaren är anonyma."})
    void refusedAnswersNameTheQuestion(String what, String fields, String message) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (String pair : fields.split(",")) {
            String[] parts = pair.split("=", 2);
            values.computeIfAbsent(parts[0].trim(), k -> new java.util.ArrayList<>()).add(parts[1].trim());
        }
        Map<String, String[]> form = new HashMap<>();
        values.forEach((k, v) -> form.put(k, v.toArray(String[]::new)));
        assertThatThrownBy(() -> SurveyRules.answers(QUESTIONS, form, TODAY)).isInstanceOf(SurveyRules.AnswerRefused.class)
                .hasMessage(message);
    }

    @Test
    void aTextOverTwoThousandCharactersIsRefused() {
        assertThatThrownBy(() -> SurveyRules.answers(QUESTIONS, form("enkat", "1", "q-battre", "å".repeat(2001)), TODAY))
                .hasMessage("Fråga 3 (”Vad skulle göra samverkan bättre?”): svaret får vara högst 2 000 tecken.");
    }

    @ParameterizedTest(name = "{0} responses, answers {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "12 | 1:1,2:2,3:3,4:4,5:2 | 3,3        | 3.3  | 12",
        "12 | 4:3,5:1             | färre än 5 | NULL | färre än 5",
        "4  | 4:4                 | färre än 5 | NULL | färre än 5",
        "5  | 1:5                 | 1,0        | 1.0  | 5",
        "6  | 2:2,3:2,5:2         | 3,3        | 3.3  | 6"})
    void meansAndDistributionsFromFiveOnly(long responses, String tally, String meanText, Double mean, String answers) {
        RoundRow round = new RoundRow(1, "s", "S", RoundKind.BASELINE, "t", "T", TODAY, TODAY, null, "lena", 20, responses);
        List<Tally> tallies = java.util.Arrays.stream(tally.split(",")).map(p -> new Tally("q",
                Integer.parseInt(p.split(":")[0]), Long.parseLong(p.split(":")[1]))).toList();
        var figures = SurveyService.figures(round, "q", tallies);
        assertThat(figures.meanText()).isEqualTo(meanText);
        assertThat(figures.mean()).isEqualTo(mean);
        assertThat(figures.answers().text()).isEqualTo(answers);
        if (mean == null) {
            assertThat(figures.distribution()).isNull();
        } else {
            assertThat(figures.distribution()).hasSize(5);
        }
    }

    @Test
    void aDistributionHidesValuesUnderFive() {
        RoundRow round = new RoundRow(1, "s", "S", RoundKind.BASELINE, "t", "T", TODAY, TODAY, null, "lena", 20, 12);
        var figures = SurveyService.figures(round, "q", List.of(new Tally("q", 2, 7), new Tally("q", 4, 3),
                new Tally("other", 1, 9)));
        assertThat(figures.distribution()).extracting(f -> f.text())
                .containsExactly("färre än 5", "7", "färre än 5", "färre än 5", "färre än 5");
        assertThat(figures.mean()).isEqualTo(2.6);
    }

    @Test
    void tokensAreHashedAndRoundsCloseAfterTheirLastDay() {
        assertThat(SurveyService.hash("abc")).isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        RoundRow round = new RoundRow(1, "s", "S", RoundKind.BASELINE, "t", "T", TODAY, TODAY, null, "lena", 20, 0);
        assertThat(SurveyService.open(round, TODAY)).isTrue();
        assertThat(SurveyService.open(round, TODAY.plusDays(1))).isFalse();
        assertThat(SurveyService.open(new RoundRow(1, "s", "S", RoundKind.BASELINE, "t", "T", TODAY, TODAY,
                java.time.Instant.now(), "lena", 20, 0), TODAY)).isFalse();
    }

    private static Map<String, String[]> form(String... pairs) {
        Map<String, String[]> form = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.put(pairs[i], new String[] {pairs[i + 1]});
        }
        return form;
    }
}
