package se.samverkan.staircase;

import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.samverkan.agency.Agency;
import se.samverkan.agency.AgencyRepository;
import se.samverkan.platform.CardVariables;
import se.samverkan.platform.Roles;
import se.samverkan.platform.StartPermission;

/**
 * Process leaders lead the staircase work; staff of every agency may start a four-step initiative.
 * Its tasks show the municipality.
 */
@Configuration(proxyBeanMethods = false)
class StaircaseTasklist {

    @Bean
    CardVariables staircaseCards() {
        return CardVariables.of(3, StaircaseProcess.MUNICIPALITY, "Kommun");
    }


    @Bean
    StartPermission staircaseStart() {
        return StartPermission.of(StaircaseProcess.KEY, () -> List.of(Roles.PROCESS_LEADERS));
    }

    @Bean
    StartPermission initiativeStart(AgencyRepository agencies) {
        return StartPermission.of(StaircaseProcess.INITIATIVE_KEY,
                () -> Roles.withProcessLeaders(agencies.findAll().stream().map(Agency::getCode).toList()));
    }
}
