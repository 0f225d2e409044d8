package se.samverkan.cooperation;

import static se.samverkan.cooperation.ChildCooperationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import se.samverkan.platform.FormData;
import se.samverkan.platform.FormOptions;
import se.samverkan.platform.Route;

/** "Bedöm behov av samverkan", on complete. */
@Component("validateNeedAssessment")
public class ValidateNeedAssessment implements TaskListener {

    private final ChildCaseService cases;

    public ValidateNeedAssessment(ChildCaseService cases) {
        this.cases = cases;
    }

    @Override
    public void notify(DelegateTask task) {
        FormData form = FormData.of(task);
        ChildCase assessed = cases.recordAssessment(Route.of(task).id(CASE_ID), form.text(OBSERVATIONS),
                form.text(CHILD_AND_GUARDIAN_ACCOUNT), form.texts(WELLBEING_AREAS), form.text(ASSESSMENT_OUTCOME));
        // The wheel's areas are not ticked again: the first invitation starts with them.
        task.setVariable(MEETING_AREAS, FormOptions.checked(assessed.getWellbeingAreas()));
    }
}
