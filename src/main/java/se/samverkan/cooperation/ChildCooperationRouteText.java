package se.samverkan.cooperation;

import java.util.Set;
import org.springframework.stereotype.Component;
import se.samverkan.platform.RouteTextFields;

/** The case number typed to withdraw consent identifies the case; the server replaces it with its own. */
@Component
class ChildCooperationRouteText implements RouteTextFields {

    @Override
    public Set<String> fields() {
        return Set.of("consentWithdrawal/" + ChildCooperationProcess.CASE_NUMBER);
    }
}
