package se.samverkan.cooperation;

import static se.samverkan.cooperation.ChildCooperationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverkan.platform.FormData;
import se.samverkan.platform.Route;

/**
 * "Avbryt samverkan" after "Samtycke återkallat": the open tasks have ended with the interrupting
 * event; here the case stops (rule 3).
 */
@Component("stopCooperation")
public class StopCooperation implements JavaDelegate {

    private final ChildPlanService plans;

    public StopCooperation(ChildPlanService plans) {
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        FormData form = FormData.of(execution);
        plans.stop(Route.of(execution).id(CASE_ID), form.text(WITHDRAWN_BY), form.date(WITHDRAWN_ON, "Datum"),
                form.text(WITHDRAWAL_NOTE));
    }
}
