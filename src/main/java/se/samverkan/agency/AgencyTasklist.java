package se.samverkan.agency;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.samverkan.platform.Roles;
import se.samverkan.platform.StaffGroups;
import se.samverkan.platform.StartFormOptions;
import se.samverkan.platform.StartPermission;

/** Each agency's staff work in a group of their own; they, and the process leaders, may ask to change a contact path. */
@Configuration(proxyBeanMethods = false)
class AgencyTasklist {

    @Bean
    StartPermission contactPathChangeStart(AgencyRepository agencies) {
        return StartPermission.of(ContactPathChangeProcess.KEY,
                () -> Roles.withProcessLeaders(agencies.findAll().stream().map(Agency::getCode).toList()));
    }

    /**
     * The unit whose contact path changes: staff choose among their own units, process leaders among all;
     * ContactPathChangeService checks the choice.
     */
    @Bean
    StartFormOptions contactPathUnits(AgencyOptions units) {
        return StartFormOptions.forField(ContactPathChangeProcess.KEY, ContactPathChangeProcess.AGENCY_CODE,
                units::allCodes, groups -> groups.contains(Roles.PROCESS_LEADERS) ? units.allUnits()
                        : units.ownUnits(groups));
    }

    @Bean
    StaffGroups agencyGroups(AgencyRepository agencies) {
        return () -> agencies.findAll().stream().map(a -> new StaffGroups.StaffGroup(a.getCode(), a.getName())).toList();
    }
}
