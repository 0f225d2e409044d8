package se.samverkan.followup;

/**
 * The coded values Uppföljning groups by, with their Swedish labels. They are the codes the cooperation, team
 * and survey features store (CaseStatus, CooperationCodes.CloseReason, team Party, SurveyCodes.RoundKind);
 * Uppföljning reads them from the views and does not depend on those features' classes.
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

    /** A survey round: the same questions at the start, on the way and at the end (the survey feature's RoundKind). */
    enum SurveyRound {
        BASELINE("Nulägesanalys"),
        INTERIM("Deluppföljning"),
        FINAL("Slutuppföljning");

        final String label;

        SurveyRound(String label) {
            this.label = label;
        }

        static String labelOf(String code) {
            for (SurveyRound kind : values()) {
                if (kind.name().equals(code)) {
                    return kind.label;
                }
            }
            return code;
        }
    }
}
