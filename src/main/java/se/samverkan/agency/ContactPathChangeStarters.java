package se.samverkan.agency;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import se.samverkan.platform.Roles;
import se.samverkan.platform.StartPermission;

/** Staff of every agency, and the process leaders, may ask to change a contact path. */
@Configuration(proxyBeanMethods = false)
class ContactPathChangeStarters {

    @Bean
    StartPermission contactPathChangeStart(AgencyRepository agencies) {
        return StartPermission.of(ContactPathChangeProcess.KEY,
                () -> Roles.withProcessLeaders(agencies.findAll().stream().map(Agency::getCode).toList()));
    }
}
