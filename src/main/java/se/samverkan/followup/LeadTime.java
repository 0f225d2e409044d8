package se.samverkan.followup;

import java.util.ArrayList;
import java.util.List;
import se.samverkan.platform.Figure;

/**
 * Days between two steps of the cases whose later step fell in the period: median, 90th percentile (nearest
 * rank) and how many cases fall in each interval. Median and percentile only from at least five cases.
 */
public record LeadTime(String code, String label, Figure cases, Double medianDays, Integer p90Days, String medianText,
        String p90Text, List<Bucket> distribution) {

    public record Bucket(String label, Figure cases) {
    }

    /** Upper bounds (inclusive) of the distribution's intervals, in days; the last interval is open. */
    static final int[] BOUNDS = {7, 14, 21, 28, 42, 56};

    public static LeadTime of(String code, String label, List<Long> days) {
        List<Long> sorted = days.stream().sorted().toList();
        Figure cases = Figure.of(sorted.size());
        Double median = cases.suppressed() ? null : median(sorted);
        Integer p90 = cases.suppressed() ? null : percentile(sorted, 90).intValue();
        List<Bucket> buckets = new ArrayList<>();
        long lower = 0;
        for (int bound : BOUNDS) {
            // The first interval also holds the rare step recorded with an earlier date than the one before it.
            long from = lower == 0 ? Long.MIN_VALUE : lower;
            buckets.add(new Bucket(lower + "–" + bound + " dagar",
                    Figure.of(sorted.stream().filter(d -> d >= from && d <= bound).count())));
            lower = bound + 1;
        }
        long last = lower;
        buckets.add(new Bucket("mer än " + BOUNDS[BOUNDS.length - 1] + " dagar",
                Figure.of(sorted.stream().filter(d -> d >= last).count())));
        return new LeadTime(code, label, cases, median, p90,
                median == null ? Figure.SUPPRESSED : days(median), p90 == null ? Figure.SUPPRESSED : p90 + " dagar",
                buckets);
    }

    static double median(List<Long> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    /** Nearest rank: the smallest value with at least p per cent of the values at or below it. */
    static Long percentile(List<Long> sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.size());
        return sorted.get(Math.max(rank, 1) - 1);
    }

    private static String days(double value) {
        return (value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value).replace('.', ','))
                + " dagar";
    }
}
