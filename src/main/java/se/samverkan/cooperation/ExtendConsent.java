package se.samverkan.cooperation;

import static se.samverkan.cooperation.ChildCooperationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import se.samverkan.platform.CurrentUser;
import se.samverkan.platform.FormData;
import se.samverkan.platform.Route;

/** "Utöka samtycke", on complete: more agencies may be invited to the next meeting. */
@Component("extendConsent")
public class ExtendConsent implements TaskListener {

    private final ConsentService consents;
    private final CooperationFormOptions options;

    public ExtendConsent(ConsentService consents, CooperationFormOptions options) {
        this.consents = consents;
        this.options = options;
    }

    @Override
    public void notify(DelegateTask task) {
        FormData form = FormData.of(task);
        Long caseId = Route.of(task).id(CASE_ID);
        consents.extend(caseId, new ConsentService.ConsentInput(form.text(CONSENT_FORM), form.date(CONSENT_DATE, "Datum"),
                form.text(CONSENTING_GUARDIANS), form.text(CHILD_CONSENT), form.texts(ADDITIONAL_AGENCIES)),
                CurrentUser.idOf(CurrentUser.of(task)));
        task.setVariable(CONSENTED_AGENCY_OPTIONS, options.consentedAgencies(caseId));
        task.setVariable(SPECIALIST_AGENCY_OPTIONS, options.consentedSpecialistCare(caseId));
    }
}
