package se.samverkan.cooperation;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.samverkan.agency.Agency;
import se.samverkan.agency.AgencyOptions;
import se.samverkan.agency.AgencyRepository;
import se.samverkan.platform.CardVariables;
import se.samverkan.platform.StartFormOptions;
import se.samverkan.platform.StartPermission;

/**
 * Staff of every agency may notice a need and start a cooperation, and register a withdrawn consent.
 * Its tasks show the case number, the child's initials and the meeting's time, first on the card.
 */
@Configuration(proxyBeanMethods = false)
class ChildCooperationTasklist {

    @Bean
    CardVariables childCooperationCards() {
        return CardVariables.of(1, ChildCooperationProcess.CASE_NUMBER, "Ärende",
                ChildCooperationProcess.CHILD_INITIALS, "Barn", ChildCooperationProcess.MEETING_TIME_TEXT, "Möte");
    }


    @Bean
    StartPermission childCooperationStart(AgencyRepository agencies) {
        return permission(ChildCooperationProcess.KEY, agencies);
    }

    @Bean
    StartPermission consentWithdrawalStart(AgencyRepository agencies) {
        return permission(ChildCooperationProcess.WITHDRAWAL_KEY, agencies);
    }

    /** "Din verksamhet" lists the units the person works in; ChildCaseService checks the choice. */
    @Bean
    StartFormOptions initiatingUnits(AgencyOptions units) {
        return StartFormOptions.forField(ChildCooperationProcess.KEY, ChildCooperationProcess.INITIATING_AGENCY,
                units::allCodes, units::ownUnits);
    }

    private static StartPermission permission(String key, AgencyRepository agencies) {
        return StartPermission.of(key, () -> agencies.findAll().stream().map(Agency::getCode).toList());
    }
}
