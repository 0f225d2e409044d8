package se.samverkan.cooperation;

import static se.samverkan.cooperation.ChildCooperationProcess.*;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.runtime.MessageCorrelationResult;
import org.springframework.stereotype.Component;
import se.samverkan.platform.Route;

/** "Stoppa samverkan kring barnet": sends "ConsentWithdrawn" to the child's cooperation at once. */
@Component("withdrawConsent")
public class WithdrawConsent implements JavaDelegate {

    @Override
    public void execute(DelegateExecution execution) {
        Map<String, Object> withdrawal = new HashMap<>();
        for (String name : new String[] {WITHDRAWN_BY, WITHDRAWN_ON, WITHDRAWAL_NOTE}) {
            withdrawal.put(name, execution.getVariable(name));
        }
        // The start listener checked that this user may withdraw for the case; staff have no direct
        // rights on the child's process instance, so the correlation itself runs without that check.
        List<MessageCorrelationResult> stopped = Context.getCommandContext().runWithoutAuthorization(() -> execution
                .getProcessEngineServices().getRuntimeService()
                .createMessageCorrelation(CONSENT_WITHDRAWN_MESSAGE)
                .processInstanceBusinessKey(Route.of(execution).code(CASE_NUMBER))
                .setVariables(withdrawal)
                .correlateAllWithResult());
        if (stopped.isEmpty()) {
            // Another withdrawal of the same case committed after this one was checked.
            throw ConsentService.notActive();
        }
    }
}
