package se.samverkan.staircase;

import static se.samverkan.staircase.StaircaseProcess.*;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import se.samverkan.platform.FormData;
import se.samverkan.platform.Route;

/** "Inventera trappsteget", on complete: the step's inventory, and who is asked for a written answer. */
@Component("recordInventory")
public class RecordInventory implements TaskListener {

    private final StaircaseService service;

    public RecordInventory(StaircaseService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        FormData form = FormData.of(task);
        Route route = Route.of(task);
        List<String> writtenAnswers = form.texts(WRITTEN_ANSWER_AGENCIES);
        StaircaseService.RecordedInventory recorded = service.inventory(route.id(ROUND_ID), route.code(STEP_CODE),
                new StaircaseService.Inventory(form.date("inventoryDate", "Datum för inventeringen"),
                        form.texts("inventoryAgencies"), form.text("existingSupport"), form.text("howToReach"),
                        form.text("missingSupport"), writtenAnswers, form.date(ANSWER_DEADLINE, "Svar senast")));
        // These live in the step's own scope (declared as inputs of the sub-process).
        task.setVariable(WORK_ID, recorded.work().getId());
        task.setVariable(WRITTEN_ANSWER_AGENCIES, Variables.objectValue(new ArrayList<>(writtenAnswers))
                .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
        task.setVariable(ANSWER_DEADLINE, recorded.answerDeadline() == null ? null : Date.from(recorded.answerDeadline()));
    }
}
