package se.samverkan.staircase;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import se.samverkan.platform.FormData;
import se.samverkan.platform.Route;

/** "Dokumentera förankringsbeslut", on complete. */
@Component("recordAnchoring")
public class RecordAnchoring implements TaskListener {

    private final StaircaseService service;

    public RecordAnchoring(StaircaseService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        FormData form = FormData.of(task);
        service.anchor(Route.of(task).id(StaircaseProcess.ROUND_ID), form.text("anchoringBody"),
                form.date("anchoringDate", "Datum för beslutet"), form.text("anchoringDecision"));
    }
}
