package se.samverkan.cooperation;

import static se.samverkan.cooperation.ChildCooperationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** "Avsluta samverkan": the case is closed with its reason and the plan closed. */
@Component("closeCooperation")
public class CloseCooperation implements JavaDelegate {

    private final ChildPlanService plans;

    public CloseCooperation(ChildPlanService plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        plans.close((Long) execution.getVariable(CASE_ID), (String) execution.getVariable(CLOSE_REASON));
    }
}
