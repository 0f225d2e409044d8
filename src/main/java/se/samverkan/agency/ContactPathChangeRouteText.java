package se.samverkan.agency;

import java.util.Set;
import org.springframework.stereotype.Component;
import se.samverkan.platform.RouteTextFields;

/** An agency's new contact path and why: about an agency, not a person, and the reviewer reads it. */
@Component
class ContactPathChangeRouteText implements RouteTextFields {

    @Override
    public Set<String> fields() {
        return Set.of("contactPathChangeRequest/" + ContactPathChangeProcess.NEW_EMAIL,
                "contactPathChangeRequest/" + ContactPathChangeProcess.NEW_PHONE,
                "contactPathChangeRequest/" + ContactPathChangeProcess.NEW_POSTAL_ADDRESS,
                "contactPathChangeRequest/" + ContactPathChangeProcess.REASON);
    }
}
