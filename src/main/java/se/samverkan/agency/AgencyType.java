package se.samverkan.agency;

/** What kind of service a unit is (verksamhetstyp); the principal is in {@link AgencyKind}. */
public enum AgencyType {
    PRESCHOOL("förskola"),
    SCHOOL("skola"),
    STUDENT_HEALTH("barn- och elevhälsa"),
    FAMILY_CENTRE("familjecentral"),
    FAMILY_HEALTH("familjehälsan"),
    SOCIAL_SERVICES("socialtjänst"),
    POLICE("polis"),
    CHILD_HEALTH_CARE("barnhälsovård"),
    HEALTH_CENTRE("vårdcentral"),
    YOUTH_CLINIC("ungdomsmottagning"),
    CHILD_PSYCHIATRY("barn- och ungdomspsykiatri"),
    HABILITATION("habilitering"),
    PAEDIATRIC_CLINIC("barn- och ungdomsklinik"),
    SOCIAL_INSURANCE("Försäkringskassan"),
    EMPLOYMENT_SERVICE("Arbetsförmedlingen"),
    OTHER("annan verksamhet");

    private final String label;

    AgencyType(String label) {
        this.label = label;
    }

    /** In Swedish, as the case view shows it. */
    public String label() {
        return label;
    }
}
