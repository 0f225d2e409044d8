package se.samverkan.cooperation;

import static se.samverkan.cooperation.ChildCooperationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverkan.platform.Route;

/** "Avsluta samverkan": the case is closed with its reason and the plan closed. */
@Component("closeCooperation")
public class CloseCooperation implements JavaDelegate {

    private final ChildPlanService plans;

    public CloseCooperation(ChildPlanService plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        plans.close(Route.of(execution).id(CASE_ID), Route.of(execution).code(CLOSE_REASON));
    }
}
