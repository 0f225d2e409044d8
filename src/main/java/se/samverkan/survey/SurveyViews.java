package se.samverkan.survey;

import java.util.List;
import se.samverkan.platform.Figure;

/** What the survey API answers: aggregates only; counts under five read "färre än 5" (see {@link Figure}). */
public final class SurveyViews {

    private SurveyViews() {
    }

    public record Named(String code, String name) {
    }

    public record Choices(List<Named> questionSets, List<Named> kinds, List<Named> teams, boolean canStart) {
    }

    /** A round as lists show it; {@code closedOn} is the day it closed, or its last day of answers once passed. */
    public record Round(long id, Named questionSet, String kind, String kindLabel, Named team, String openedOn,
            String closesOn, String closedOn, boolean open, String state, int links, Figure responses) {
    }

    /** A new round and its links: the only time the links are shown, for the server keeps only their hashes. */
    public record Started(Round round, List<String> links) {
    }

    /**
     * A closed round compared with the earlier closed rounds of the same team and question set ({@code rounds},
     * oldest first, this one last). Free-text answers of this round only, in random order, from five responses.
     */
    public record Results(Round round, List<Round> rounds, List<QuestionResult> questions) {
    }

    public record QuestionResult(String code, int position, String text, String kind, List<RoundFigures> rounds,
            List<String> texts) {
    }

    /** One question in one round: how many answered, and from five answers the mean and the 1–5 distribution. */
    public record RoundFigures(long roundId, Figure answers, Double mean, String meanText, List<Figure> distribution) {
    }
}
