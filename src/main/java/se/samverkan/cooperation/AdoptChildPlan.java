package se.samverkan.cooperation;

import static se.samverkan.cooperation.ChildCooperationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import se.samverkan.platform.CurrentUser;
import se.samverkan.platform.FormData;
import se.samverkan.platform.Route;

/** "Upprätta Barnets plan", on complete: the plan's new version, and who is suggested to coordinate next. */
@Component("adoptChildPlan")
public class AdoptChildPlan implements TaskListener {

    private final ChildPlanService plans;

    public AdoptChildPlan(ChildPlanService plans) {
        this.plans = plans;
    }

    @Override
    public void notify(DelegateTask task) {
        ChildPlanService.AdoptedPlan adopted = plans.adopt(Route.of(task).id(MEETING_ID),
                PlanActionInput.read(FormData.of(task)), CurrentUser.idOf(CurrentUser.of(task)));
        task.setVariable(PLAN_ID, adopted.plan().getId());
        task.setVariable(PLAN_VERSION, adopted.plan().getVersion());
        task.setVariable(NEXT_COORDINATING_AGENCY, adopted.suggestedCoordinator().getCode());
        task.setVariable(SUGGESTED_COORDINATOR_NAME, adopted.suggestedCoordinator().getName());
    }
}
