package se.samverkan.cooperation;

import static se.samverkan.cooperation.ChildCooperationProcess.*;

import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverkan.platform.FormData;

/**
 * "Avbryt samverkan" after "Samtycke återkallat": the open tasks have ended with the interrupting
 * event; here the consent is marked withdrawn (if the message came straight through the REST API),
 * meetings are cancelled, invitations withdrawn and the plan closed.
 */
@Component("stopCooperation")
public class StopCooperation implements JavaDelegate {

    private final ConsentService consents;
    private final ChildPlanService plans;

    public StopCooperation(ConsentService consents, ChildPlanService plans) {
        this.consents = consents;
        this.plans = plans;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long caseId = (Long) execution.getVariable(CASE_ID);
        FormData form = FormData.of(execution);
        LocalDate on = form.date(WITHDRAWN_ON, "Datum");
        consents.withdraw(caseId, form.text(WITHDRAWN_BY) != null ? form.text(WITHDRAWN_BY) : "okänd",
                on != null ? on : LocalDate.now(FormData.SWEDEN), form.text(WITHDRAWAL_NOTE));
        plans.stop(caseId);
    }
}
