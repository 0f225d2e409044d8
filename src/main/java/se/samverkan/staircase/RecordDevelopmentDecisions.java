package se.samverkan.staircase;

import static se.samverkan.staircase.StaircaseProcess.*;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import se.samverkan.platform.FormData;
import se.samverkan.platform.Route;

/** "Besluta om utveckling av trappstegen", on complete. */
@Component("recordDevelopmentDecisions")
public class RecordDevelopmentDecisions implements TaskListener {

    private final StaircaseService service;

    public RecordDevelopmentDecisions(StaircaseService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        FormData form = FormData.of(task);
        List<StaircaseService.Decision> decisions = new ArrayList<>();
        for (int i = 1; i <= MAX_STEPS; i++) {
            decisions.add(new StaircaseService.Decision(form.text(STEP + i + "Develop"), form.text(STEP + i + "Who"),
                    form.date(STEP + i + "ByWhen", "Klart senast")));
        }
        service.decide(Route.of(task).id(ROUND_ID), decisions);
    }
}
