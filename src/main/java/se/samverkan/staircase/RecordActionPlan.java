package se.samverkan.staircase;

import static se.samverkan.staircase.StaircaseProcess.*;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import se.samverkan.platform.FormData;
import se.samverkan.platform.Route;

/** "Ta fram handlingsplan", on complete: one row per step. */
@Component("recordActionPlan")
public class RecordActionPlan implements TaskListener {

    private final StaircaseService service;

    public RecordActionPlan(StaircaseService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        FormData form = FormData.of(task);
        List<StaircaseService.StepPlan> plans = new ArrayList<>();
        for (int i = 1; i <= MAX_STEPS; i++) {
            plans.add(new StaircaseService.StepPlan(form.text(STEP + i + "Method"), form.text(STEP + i + "Responsible"),
                    form.date(STEP + i + "DueDate", "Klart senast")));
        }
        service.plan(Route.of(task).id(ROUND_ID), plans);
    }
}
