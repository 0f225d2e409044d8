package se.samverkan.cooperation;

/** Where a child cooperation case stands. */
public enum CaseStatus {
    /** Registered, need being assessed. */
    NOTICED,
    /** Our own support is enough. */
    NOT_ACTIVATED,
    /** Another agency supports the child on its own. */
    REFERRED,
    /** No consent: cooperation could not start. */
    NO_CONSENT,
    /** Cooperation is active. */
    ACTIVE,
    /** Closed with a reason. */
    CLOSED,
    /** Stopped because consent was withdrawn. */
    STOPPED;

    /** Cooperation may still go on: the case has not ended. */
    public boolean isOpen() {
        return this == NOTICED || this == ACTIVE;
    }

    /** As staff read it in the case view. */
    public String displayName() {
        return switch (this) {
            case NOTICED -> "Behovet bedöms";
            case NOT_ACTIVATED -> "Eget stöd räcker";
            case REFERRED -> "Hänvisat till annan verksamhet";
            case NO_CONSENT -> "Inget samtycke";
            case ACTIVE -> "Samverkan pågår";
            case CLOSED -> "Avslutat";
            case STOPPED -> "Samtycket återkallat";
        };
    }
}
