package se.samverkan.cooperation;

public enum InvitationStatus {
    PENDING,
    ACCEPTED,
    DECLINED,
    OTHER_PARTICIPANT,
    WITHDRAWN
}
