package se.samverkan.cooperation;

public enum MeetingStatus {
    PLANNED,
    HELD,
    CANCELLED;

    /** As the case view says it. */
    public String displayName() {
        return switch (this) {
            case PLANNED -> "Planerat";
            case HELD -> "Genomfört";
            case CANCELLED -> "Inställt";
        };
    }
}
