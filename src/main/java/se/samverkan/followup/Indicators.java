package se.samverkan.followup;

import java.util.List;
import se.samverkan.platform.Figure;

/** Uppföljning for one period: aggregates only, counts under five suppressed (see {@link Figure}). */
public record Indicators(PeriodView period, Named agency, Named team, Children children, List<LeadTime> leadTimes,
        List<Quality> quality, Target target, Teams teams, List<SurveyComparison> surveys) {

    public record PeriodView(String code, String label, String from, String to) {
    }

    public record Named(String code, String name) {
    }

    /** A coded row: a figure with its Swedish label. */
    public record Row(String code, String label, Figure figure) {
    }

    /** Samverkan kring barn. */
    public record Children(Figure started, List<Row> outcomes, Figure activeAtEnd, List<Row> closedByReason,
            Figure consentWithdrawn) {
    }

    public record Quality(String code, String label, Share share) {
    }

    /**
     * The region's target: the first meeting within {@code days} days of consent. The case numbers are
     * listed for supervisors in Cockpit only; reports and exports carry the count.
     */
    public record Target(int days, Figure missed, List<String> caseNumbers) {
    }

    /** Samverkansteam: meetings and the parties' attendance describe the parties, not people, and are not suppressed. */
    public record Teams(Figure meetingsHeld, List<Attendance> attendance, Figure casesRegistered,
            Figure casesDiscussed, Figure casesFollowedUp) {
    }

    /** One party's attendance per month: share of the meetings held that month where member or deputy came. */
    public record Attendance(String party, String label, List<MonthShare> months) {
    }

    public record MonthShare(String month, int meetings, Integer percent) {
    }

    /**
     * A survey round closed in the period beside the earlier closed rounds of its team and question set ({@code
     * rounds} oldest first, the closed one last): the mean per Likert question, only from five responses and five
     * answers. Free-text answers never come here.
     */
    public record SurveyComparison(String questionSet, Named team, List<SurveyRound> rounds,
            List<SurveyQuestion> questions) {
    }

    public record SurveyRound(long id, String kind, String label, String openedOn, String closedOn, Figure responses) {
    }

    public record SurveyQuestion(String code, String text, List<SurveyMean> means) {
    }

    public record SurveyMean(Figure answers, Double mean, String text) {
    }
}
