package se.samverkan.cooperation;

import static se.samverkan.cooperation.ChildCooperationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import se.samverkan.platform.FormData;
import se.samverkan.platform.Route;

/** "Besluta om fortsatt samordning", on complete. */
@Component("decideContinuation")
public class DecideContinuation implements TaskListener {

    private final ChildPlanService plans;

    public DecideContinuation(ChildPlanService plans) {
        this.plans = plans;
    }

    @Override
    public void notify(DelegateTask task) {
        FormData form = FormData.of(task);
        ChildPlanService.Continuation decision = new ChildPlanService.Continuation(form.text(NEXT_COORDINATING_AGENCY),
                form.text(CONTINUATION), form.date(NEXT_MEETING_DATE, "Datum för nästa möte"), form.text(CLOSE_REASON));
        plans.decideContinuation(Route.of(task).id(CASE_ID), Route.of(task).id(MEETING_ID), decision)
                .ifPresent(start -> task.setVariable(MEETING_START, FormData.dateTimeValue(start)));
        task.setVariable(COORDINATING_AGENCY, decision.nextCoordinatingAgency());
    }
}
