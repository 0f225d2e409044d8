package se.samverkan.cooperation;

import java.util.Set;
import org.springframework.stereotype.Component;
import se.samverkan.platform.SensitiveVariables;

@Component
class ChildCooperationSensitiveVariables implements SensitiveVariables {

    @Override
    public Set<String> names() {
        return ChildCooperationProcess.PERSONAL_DATA;
    }

    @Override
    public Set<String> personalNumberFields() {
        return Set.of(ChildCooperationProcess.CHILD_PERSONAL_NUMBER);
    }
}
