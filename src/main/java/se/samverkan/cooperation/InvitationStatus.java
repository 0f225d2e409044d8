package se.samverkan.cooperation;

/** An invited agency's answer. */
public enum InvitationStatus {
    PENDING,
    ACCEPTED,
    DECLINED,
    OTHER_PARTICIPANT,
    WITHDRAWN;

    /** As the case view says it. */
    public String displayName() {
        return switch (this) {
            case PENDING -> "Väntar på svar";
            case ACCEPTED -> "Deltar";
            case DECLINED -> "Deltar inte";
            case OTHER_PARTICIPANT -> "Någon annan deltar";
            case WITHDRAWN -> "Inbjudan återtagen";
        };
    }
}
