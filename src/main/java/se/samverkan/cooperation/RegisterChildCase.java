package se.samverkan.cooperation;

import static se.samverkan.cooperation.ChildCooperationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import se.samverkan.platform.CurrentUser;
import se.samverkan.platform.FormData;

/**
 * Start of "Samverkan kring barn": registers the case, moves the child's identity into the case table
 * and removes it from the process before anything is stored.
 */
@Component("registerChildCase")
public class RegisterChildCase implements ExecutionListener {

    private final ChildCaseService cases;
    private final CooperationFormOptions options;

    public RegisterChildCase(ChildCaseService cases, CooperationFormOptions options) {
        this.cases = cases;
        this.options = options;
    }

    @Override
    public void notify(DelegateExecution execution) {
        FormData form = FormData.of(execution);
        CurrentUser user = CurrentUser.of(execution);
        ChildCase childCase = cases.register(new ChildCaseService.NoticedNeed(form.text(INITIATING_AGENCY),
                form.text(CHILD_NAME), form.text(CHILD_PERSONAL_NUMBER),
                GuardianInput.read(form),
                form.text(NOTICED)), CurrentUser.idOf(user), CurrentUser.groupsOf(user), execution.getProcessInstanceId());
        execution.removeVariables(PERSONAL_DATA);
        execution.setProcessBusinessKey(childCase.getCaseNumber());
        execution.setVariable(CASE_ID, childCase.getId());
        execution.setVariable(CASE_NUMBER, childCase.getCaseNumber());
        execution.setVariable(CHILD_INITIALS, childCase.childInitials());
        execution.setVariable(COORDINATING_AGENCY, childCase.getCoordinatingAgency());
        execution.setVariable(AGENCY_OPTIONS, options.agenciesServing(childCase.getMunicipality()));
        execution.setVariable(WELLBEING_AREA_OPTIONS, options.wellbeingAreas());
    }
}
