package se.samverkan.agency;

/** Which kind of principal an agency belongs to. */
public enum AgencyKind {
    MUNICIPALITY,
    REGION,
    STATE,
    OTHER
}
