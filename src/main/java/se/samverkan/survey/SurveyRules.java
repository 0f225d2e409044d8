package se.samverkan.survey;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.samverkan.platform.FieldValidationException;
import se.samverkan.platform.PersonalIdentityNumber;
import se.samverkan.survey.SurveyCodes.QuestionKind;
import se.samverkan.survey.SurveyCodes.RoundKind;

/**
 * The rules of surveys, without the database: what a process leader may start, and what an answer may hold.
 * Every refusal names the field (start) or the question (answer) in Swedish.
 */
final class SurveyRules {

    static final int MAX_LINKS = 500;
    static final int MAX_TEXT = 2000;
    /** The latest closing day: a round runs at most a year. */
    static final int MAX_DAYS_OPEN = 366;
    /** The form's hidden field: without it the body was not read (too many or too large fields), so refuse. */
    static final String MARKER = "enkat";
    static final String DONT_KNOW = "vet-inte";
    static final String FIELD_PREFIX = "q-";

    static final Set<String> START_FIELDS = Set.of("questionSet", "kind", "team", "links", "closesOn");

    private SurveyRules() {
    }

    record Start(String questionSet, RoundKind kind, String team, int links, LocalDate closesOn) {
    }

    /** An earlier round of the same team and question set. */
    record Earlier(RoundKind kind, boolean open) {
    }

    record Question(String code, int position, String text, QuestionKind kind) {

        String field() {
            return FIELD_PREFIX + code;
        }
    }

    /** One answer: a Likert value 1–5 or a text, never both. */
    record Answer(String questionCode, Integer likert, String text) {
    }

    /** An answer the page refuses, with the Swedish message that names the question. */
    static final class AnswerRefused extends RuntimeException {
        AnswerRefused(String message) {
            super(message);
        }
    }

    /** Reads the start request's fields: known names, right types, known codes, a closing day ahead. */
    static Start start(Map<String, Object> body, Set<String> questionSets, Set<String> teams, LocalDate today) {
        if (body == null) {
            throw new FieldValidationException("questionSet", "Frågeuppsättning: välj en frågeuppsättning.");
        }
        for (String field : body.keySet()) {
            if (!START_FIELDS.contains(field)) {
                throw new FieldValidationException(field.length() > 64 ? field.substring(0, 64) : field,
                        "Okänt fält: enkäten tar emot frågeuppsättning, omgång, samverkansteam, antal länkar och sista svarsdag.");
            }
        }
        String set = text(body.get("questionSet"));
        if (set == null || !questionSets.contains(set)) {
            throw new FieldValidationException("questionSet", "Frågeuppsättning: välj en av enkätens frågeuppsättningar.");
        }
        RoundKind kind = RoundKind.of(text(body.get("kind"))).orElseThrow(() -> new FieldValidationException("kind",
                "Omgång: välj nulägesanalys, deluppföljning eller slutuppföljning."));
        String team = text(body.get("team"));
        if (team == null || !teams.contains(team)) {
            throw new FieldValidationException("team", "Samverkansteam: okänt team.");
        }
        Object links = body.get("links");
        if (!(links instanceof Integer count) || count < 1 || count > MAX_LINKS) {
            throw new FieldValidationException("links", "Antal länkar: ange ett heltal från 1 till " + MAX_LINKS + ".");
        }
        LocalDate closesOn = date(body.get("closesOn"));
        if (closesOn == null || !closesOn.isAfter(today) || closesOn.isAfter(today.plusDays(MAX_DAYS_OPEN))) {
            throw new FieldValidationException("closesOn",
                    "Sista svarsdag: ange ett datum ÅÅÅÅ-MM-DD efter i dag och högst ett år fram.");
        }
        return new Start(set, kind, team, count, closesOn);
    }

    /** One open round per team and question set; a follow-up needs a baseline with the same questions first. */
    static void sequence(RoundKind kind, List<Earlier> earlier) {
        if (earlier.stream().anyMatch(Earlier::open)) {
            throw new FieldValidationException("team",
                    "Samverkansteam: teamet har redan en öppen omgång med de här frågorna. Stäng den först.");
        }
        if (kind != RoundKind.BASELINE && earlier.stream().noneMatch(e -> e.kind() == RoundKind.BASELINE)) {
            throw new FieldValidationException("kind", "Omgång: en " + kind.label.toLowerCase()
                    + " kräver en nulägesanalys med samma frågor för teamet först.");
        }
    }

    /**
     * The posted form as answers, in the questions' order. Every field must be the marker or a question's, once;
     * a Likert question takes 1–5 or "Vet inte" (no answer), a free text at most {@value #MAX_TEXT} characters
     * (an empty text is no answer) and no personnummer, as in the forms of the processes: the answers are
     * anonymous, and a number would name someone. Line breaks count as one character, as the browser counted them.
     */
    static List<Answer> answers(List<Question> questions, Map<String, String[]> form, LocalDate today) {
        String[] marker = form.get(MARKER);
        if (marker == null || marker.length != 1) {
            throw new AnswerRefused("Svaret kunde inte läsas. Öppna länken igen och skicka svaret på nytt.");
        }
        Map<String, Question> byField = new LinkedHashMap<>();
        questions.forEach(q -> byField.put(q.field(), q));
        for (Map.Entry<String, String[]> field : form.entrySet()) {
            if (field.getKey().equals(MARKER)) {
                continue;
            }
            Question question = byField.get(field.getKey());
            if (question == null) {
                throw new AnswerRefused("Svaret innehåller ett fält som inte hör till enkäten.");
            }
            if (field.getValue().length != 1) {
                throw new AnswerRefused(name(question) + ": svara en gång.");
            }
        }
        List<Answer> answers = new ArrayList<>();
        for (Question question : questions) {
            String[] values = form.get(question.field());
            String value = values == null ? null : values[0];
            if (question.kind() == QuestionKind.LIKERT) {
                if (value == null || value.equals(DONT_KNOW)) {
                    continue;
                }
                if (!value.matches("[1-5]")) {
                    throw new AnswerRefused(name(question) + ": välj ett svar från 1 till 5, eller Vet inte.");
                }
                answers.add(new Answer(question.code(), Integer.parseInt(value), null));
            } else {
                String text = value == null ? "" : value.replace("\r\n", "\n").replace('\r', '\n').strip();
                if (text.length() > MAX_TEXT) {
                    throw new AnswerRefused(name(question) + ": svaret får vara högst 2 000 tecken.");
                }
                if (PersonalIdentityNumber.occursIn(text, today)) {
                    throw new AnswerRefused(name(question) + ": skriv inga personnummer. Svaren är anonyma.");
                }
                if (!text.isEmpty()) {
                    answers.add(new Answer(question.code(), null, text));
                }
            }
        }
        return answers;
    }

    /** "Fråga 2 (”Samverkan kring barn fungerar bra i vår kommun.”)" */
    static String name(Question question) {
        return "Fråga " + question.position() + " (”" + question.text() + "”)";
    }

    private static String text(Object value) {
        return value instanceof String s && !s.isBlank() ? s.strip() : null;
    }

    private static LocalDate date(Object value) {
        if (!(value instanceof String s) || !s.matches("\\d{4}-\\d{2}-\\d{2}")) {
            return null;
        }
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
