package se.samverkan.staircase;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverkan.platform.Route;

/** "Publicera samverkanstrappan": a new version of the municipality's public page. */
@Component("publishStaircase")
public class PublishStaircase implements JavaDelegate {

    private final StaircaseService service;

    public PublishStaircase(StaircaseService service) {
        this.service = service;
    }

    @Override
    public void execute(DelegateExecution execution) {
        StaircasePage page = service.publish(Route.of(execution).id(StaircaseProcess.ROUND_ID));
        execution.setVariable(StaircaseProcess.PAGE_URL, "/samverkanstrappan/" + page.getSlug());
    }
}
