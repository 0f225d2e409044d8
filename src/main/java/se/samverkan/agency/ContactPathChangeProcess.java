package se.samverkan.agency;

/** The process "Ändra kontaktväg för verksamhet": its key and variable names. */
public final class ContactPathChangeProcess {

    public static final String KEY = "agencyContactChange";

    public static final String AGENCY_CODE = "agencyCode";
    public static final String AGENCY_NAME = "agencyName";
    public static final String NEW_EMAIL = "newEmail";
    public static final String NEW_PHONE = "newPhone";
    public static final String NEW_POSTAL_ADDRESS = "newPostalAddress";
    public static final String REASON = "reason";
    public static final String REQUESTED_BY = "requestedBy";
    public static final String REVIEW_DECISION = "reviewDecision";
    public static final String REVIEW_COMMENT = "reviewComment";

    public static final String APPROVE = "approve";
    public static final String REJECT = "reject";

    private ContactPathChangeProcess() {
    }
}
