package se.samverkan.team;

/** The parties of a samordningsförbund (FINSAM), each with a member and a deputy in every team. */
public enum Party {
    FORSAKRINGSKASSAN("Försäkringskassan"),
    ARBETSFORMEDLINGEN("Arbetsförmedlingen"),
    KOMMUNEN("Kommunen"),
    REGIONEN("Regionen");

    private final String displayName;

    Party(String displayName) {
        this.displayName = displayName;
    }

    public String displayName() {
        return displayName;
    }

    /** Form field prefix, e.g. "kommunen" in kommunenMemberName. */
    public String fieldPrefix() {
        return name().toLowerCase();
    }
}
