package se.samverkan.cooperation;

public enum MeetingStatus {
    PLANNED,
    HELD,
    CANCELLED
}
