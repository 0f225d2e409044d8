package se.samverkan.survey;

import java.util.Arrays;
import java.util.Optional;

/** The coded values of surveys, with the Swedish words users see. */
public final class SurveyCodes {

    private SurveyCodes() {
    }

    /** Nulägesanalys, deluppföljning, slutuppföljning: the same questions at the start, on the way and at the end. */
    public enum RoundKind {
        BASELINE("Nulägesanalys"),
        INTERIM("Deluppföljning"),
        FINAL("Slutuppföljning");

        public final String label;

        RoundKind(String label) {
            this.label = label;
        }

        static Optional<RoundKind> of(String code) {
            return Arrays.stream(values()).filter(k -> k.name().equals(code)).findFirst();
        }
    }

    public enum QuestionKind {
        /** A statement answered 1 (instämmer inte alls) to 5 (instämmer helt), or "Vet inte" (no answer). */
        LIKERT,
        /** A free-text answer, at most {@value SurveyRules#MAX_TEXT} characters; never in a report or export. */
        FREE_TEXT
    }
}
