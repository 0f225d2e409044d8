package se.samverkan.cooperation;

import static se.samverkan.cooperation.ChildCooperationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import se.samverkan.platform.FormData;
import se.samverkan.platform.Route;

/** "Hänvisa till annan verksamhet", on complete. */
@Component("recordReferral")
public class RecordReferral implements TaskListener {

    private final ChildCaseService cases;

    public RecordReferral(ChildCaseService cases) {
        this.cases = cases;
    }

    @Override
    public void notify(DelegateTask task) {
        FormData form = FormData.of(task);
        cases.recordReferral(Route.of(task).id(CASE_ID), form.text(REFERRAL_AGENCY), form.text(REFERRAL_WAY),
                form.date(ORAL_CONSENT_DATE, "Datum för muntligt samtycke"), form.text(REFERRAL_NOTE));
    }
}
