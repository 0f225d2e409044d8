package se.samverkan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import se.samverkan.cooperation.CooperationCodes;
import se.samverkan.team.Party;
import se.samverkan.team.TeamCodes;

/**
 * The coded values the services check are the choices the deployed forms offer. A process owner who edits
 * a choice in Modeler sees this fail, rather than a silent gap between form and rule.
 */
class CodedValuesMatchFormsTest {

    static Stream<Arguments> codes() {
        return Stream.of(
                Arguments.of("assessNeed", "assessmentOutcome", CooperationCodes.AssessmentOutcome.class),
                Arguments.of("referToAgency", "referralWay", CooperationCodes.ReferralWay.class),
                Arguments.of("obtainConsent", "consentForm", CooperationCodes.ConsentForm.class),
                Arguments.of("extendConsent", "consentForm", CooperationCodes.ConsentForm.class),
                Arguments.of("obtainConsent", "childConsent", CooperationCodes.ChildConsent.class),
                Arguments.of("answerInvitation", "invitationAnswer", CooperationCodes.InvitationAnswer.class),
                Arguments.of("decideContinuation", "continuation", CooperationCodes.Continuation.class),
                Arguments.of("decideContinuation", "closeReason", CooperationCodes.CloseReason.class),
                Arguments.of("consentWithdrawal", "withdrawnBy", CooperationCodes.WithdrawnBy.class),
                Arguments.of("teamCaseRegistration", "caseType", TeamCodes.TeamCaseType.class),
                Arguments.of("teamCaseRegistration", "raisingParty", Party.class),
                Arguments.of("recordTeamMeeting", "nextConvening", TeamCodes.Convening.class));
    }

    @ParameterizedTest(name = "{0}.{1}")
    @MethodSource("codes")
    void theFormOffersExactlyTheCodes(String form, String field, Class<? extends Enum<?>> codes) throws Exception {
        FormContract contract = FormContract.parse(new ObjectMapper().readTree(new File("forms/" + form + ".form")));
        assertThat(contract.field(field)).as(form + "." + field).isNotNull();
        assertThat(contract.field(field).values())
                .containsExactlyInAnyOrderElementsOf(Arrays.stream(codes.getEnumConstants()).map(Enum::name).toList());
    }
}
