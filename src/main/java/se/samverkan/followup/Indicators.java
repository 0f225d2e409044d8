package se.samverkan.followup;

import java.util.List;

/** Uppföljning for one period: aggregates only, counts under five suppressed (see {@link Figure}). */
public record Indicators(PeriodView period, Named agency, Named team, Children children, List<LeadTime> leadTimes,
        List<Quality> quality, Target target, Teams teams) {

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
}
