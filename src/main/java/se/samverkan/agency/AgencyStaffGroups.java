package se.samverkan.agency;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.samverkan.platform.StaffGroups;

/** Each agency's staff work in a group of their own, named like the agency. */
@Component
@Order(1)
class AgencyStaffGroups implements StaffGroups {

    private final AgencyRepository agencies;

    AgencyStaffGroups(AgencyRepository agencies) {
        this.agencies = agencies;
    }

    @Override
    public List<StaffGroup> groups() {
        return agencies.findAll().stream().map(agency -> new StaffGroup(agency.getCode(), agency.getName())).toList();
    }
}
