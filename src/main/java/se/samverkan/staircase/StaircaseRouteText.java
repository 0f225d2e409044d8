package se.samverkan.staircase;

import java.util.Set;
import org.springframework.stereotype.Component;
import se.samverkan.platform.RouteTextFields;

/** Names of a municipality, a region and an initiative head the later forms; they name no person. */
@Component
class StaircaseRouteText implements RouteTextFields {

    @Override
    public Set<String> fields() {
        return Set.of("staircaseStart/municipality", "staircaseStart/region", "initiativeStart/title");
    }
}
