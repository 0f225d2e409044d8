package se.samverkan.agency;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** "Granska ändrad kontaktväg", on complete: a decision, and a reason when rejecting. */
@Component("validateContactPathReview")
public class ValidateContactPathReview implements TaskListener {

    private final ContactPathChangeService service;

    public ValidateContactPathReview(ContactPathChangeService service) {
        this.service = service;
    }

    @Override
    public void notify(DelegateTask task) {
        service.checkReview(task.getVariable(ContactPathChangeProcess.REVIEW_DECISION),
                task.getVariable(ContactPathChangeProcess.REVIEW_COMMENT));
    }
}
