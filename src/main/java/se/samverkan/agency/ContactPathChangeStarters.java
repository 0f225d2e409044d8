package se.samverkan.agency;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.springframework.stereotype.Component;
import se.samverkan.platform.Roles;
import se.samverkan.platform.StartPermission;

/** Staff of every agency, and the process leaders, may ask to change a contact path. */
@Component
class ContactPathChangeStarters implements StartPermission {

    private final AgencyRepository agencies;

    ContactPathChangeStarters(AgencyRepository agencies) {
        this.agencies = agencies;
    }

    @Override
    public String processKey() {
        return ContactPathChangeProcess.KEY;
    }

    @Override
    public Collection<String> groups() {
        List<String> groups = new ArrayList<>(agencies.findAll().stream().map(Agency::getCode).toList());
        groups.add(Roles.PROCESS_LEADERS);
        return groups;
    }
}
