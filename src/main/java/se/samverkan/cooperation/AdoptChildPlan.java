package se.samverkan.cooperation;

import static se.samverkan.cooperation.ChildCooperationProcess.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import se.samverkan.platform.CurrentUser;
import se.samverkan.platform.FormData;

/** "Upprätta Barnets plan", on complete: a new plan version, and who should coordinate next. */
@Component("adoptChildPlan")
public class AdoptChildPlan implements TaskListener {

    private final ChildPlanService plans;

    public AdoptChildPlan(ChildPlanService plans) {
        this.plans = plans;
    }

    @Override
    public void notify(DelegateTask task) {
        ChildPlan plan = plans.adopt((Long) task.getVariable(MEETING_ID),
                FormData.of(task).numberedRows(PLAN_ACTION, List.of("what", "agency", "person", "dueDate"), MAX_PLAN_ACTIONS),
                CurrentUser.idOf(CurrentUser.of(task)));
        String suggested = plans.suggestedCoordinator(plan, (String) task.getVariable(COORDINATING_AGENCY));
        task.setVariable(PLAN_ID, plan.getId());
        task.setVariable(PLAN_VERSION, plan.getVersion());
        task.setVariable(NEXT_COORDINATING_AGENCY, suggested);
        task.setVariable(SUGGESTED_COORDINATOR_NAME, plans.agency(suggested).getName());
    }
}
