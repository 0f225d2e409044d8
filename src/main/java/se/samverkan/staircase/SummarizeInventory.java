package se.samverkan.staircase;

import static se.samverkan.staircase.StaircaseProcess.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverkan.platform.Route;

/** "Sammanställ inventeringen": per step what exists, what is missing, and the written answers (or their absence). */
@Component("summarizeInventory")
public class SummarizeInventory implements JavaDelegate {

    private final StaircaseService service;

    public SummarizeInventory(StaircaseService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<String> summaries = service.summaries(Route.of(execution).id(ROUND_ID));
        for (int i = 0; i < summaries.size() && i < MAX_STEPS; i++) {
            execution.setVariable(STEP + (i + 1) + "Summary", summaries.get(i));
        }
    }
}
