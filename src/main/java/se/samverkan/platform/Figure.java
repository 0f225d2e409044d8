package se.samverkan.platform;

/**
 * A count as reports show it (Uppföljning, enkäter): counts under {@value #THRESHOLD} are shown as "färre än 5", so that nobody
 * can be recognised; their value is then null, so neither charts nor exports carry it.
 */
public record Figure(Long value, String text) {

    public static final int THRESHOLD = 5;
    public static final String SUPPRESSED = "färre än 5";

    public static Figure of(long count) {
        return count < THRESHOLD ? new Figure(null, SUPPRESSED) : new Figure(count, String.valueOf(count));
    }

    /** A figure about parties and meetings, not about children or citizens: shown as it is. */
    public static Figure unsuppressed(long count) {
        return new Figure(count, String.valueOf(count));
    }

    public boolean suppressed() {
        return value == null;
    }
}
