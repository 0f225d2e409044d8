package se.samverkan.cooperation;

/**
 * The coded answers of the forms of "Samverkan kring barn", as their radio buttons and selects send them.
 * {@code CodedValuesMatchFormsTest} fails when a form and these differ.
 */
public final class CooperationCodes {

    private CooperationCodes() {
    }

    /** Bedöm behov av samverkan: "Bedömning". */
    public enum AssessmentOutcome { OWN_SUPPORT, OTHER_AGENCY, JOINT }

    /** Hänvisa till annan verksamhet: "Hur". */
    public enum ReferralWay { FAMILY_CONTACTS, WE_CONTACT }

    /** Inhämta / utöka samtycke: "Form". */
    public enum ConsentForm { WRITTEN, ORAL }

    /** Inhämta samtycke: "Barnets/ungdomens samtycke". */
    public enum ChildConsent { GIVEN, NOT_MATURE, NOT_GIVEN }

    /** Svara på inbjudan. */
    public enum InvitationAnswer { ACCEPT, DECLINE, OTHER_PARTICIPANT }

    /** Besluta om fortsatt samordning: "Hur fortsätter samverkan?". */
    public enum Continuation { NEXT_MEETING, EXTEND_CONSENT, CLOSE }

    /** Besluta om fortsatt samordning: "Skäl att avsluta". */
    public enum CloseReason { GOALS_MET, NEED_PASSED, FAMILY_DECLINED, MOVED }

    /** Återkalla samtycke: "Vem återkallade samtycket?"; the case's own names are shown and stored. */
    public enum WithdrawnBy { CHILD, GUARDIAN_1, GUARDIAN_2 }
}
