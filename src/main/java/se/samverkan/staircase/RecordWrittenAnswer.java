package se.samverkan.staircase;

import static se.samverkan.staircase.StaircaseProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import se.samverkan.platform.CurrentUser;
import se.samverkan.platform.FormData;
import se.samverkan.platform.Route;

/** "Lämna skriftligt svar", on complete. */
@Component("recordWrittenAnswer")
public class RecordWrittenAnswer implements TaskListener {

    private final StaircaseService service;

    public RecordWrittenAnswer(StaircaseService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        service.answer(Route.of(task).id(WORK_ID), Route.of(task).code(ANSWERING_AGENCY),
                FormData.of(task).text("writtenAnswer"), CurrentUser.idOf(CurrentUser.of(task)));
    }
}
