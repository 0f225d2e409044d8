package se.samverkan.followup;

/**
 * The coded values Uppföljning groups by, with their Swedish labels. They are the codes the cooperation and
 * team features store (CaseStatus, CooperationCodes.CloseReason, team Party); Uppföljning reads them from
 * the views and does not depend on those features' classes.
 */
final class FollowUpCodes {

    private FollowUpCodes() {
    }

    /** What became of a case, from its status. */
    enum Outcome {
        OWN_SUPPORT("Eget stöd räcker"),
        REFERRED("Hänvisat till annan verksamhet"),
        JOINT("Samverkan startad"),
        NO_CONSENT("Inget samtycke"),
        BEING_ASSESSED("Bedöms fortfarande");

        final String label;

        Outcome(String label) {
            this.label = label;
        }

        static Outcome ofStatus(String status) {
            return switch (status) {
                case "NOT_ACTIVATED" -> OWN_SUPPORT;
                case "REFERRED" -> REFERRED;
                case "NO_CONSENT" -> NO_CONSENT;
                case "ACTIVE", "CLOSED", "STOPPED" -> JOINT;
                default -> BEING_ASSESSED;
            };
        }
    }

    enum CloseReason {
        GOALS_MET("Målen är uppnådda"),
        NEED_PASSED("Behovet finns inte längre"),
        FAMILY_DECLINED("Familjen vill inte fortsätta"),
        MOVED("Familjen har flyttat");

        final String label;

        CloseReason(String label) {
            this.label = label;
        }
    }

    enum Party {
        FORSAKRINGSKASSAN("Försäkringskassan"),
        ARBETSFORMEDLINGEN("Arbetsförmedlingen"),
        KOMMUNEN("Kommunen"),
        REGIONEN("Regionen");

        final String label;

        Party(String label) {
            this.label = label;
        }
    }
}
