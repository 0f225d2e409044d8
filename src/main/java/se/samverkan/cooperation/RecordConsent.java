package se.samverkan.cooperation;

import static se.samverkan.cooperation.ChildCooperationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import se.samverkan.platform.CurrentUser;
import se.samverkan.platform.FormData;
import se.samverkan.platform.Route;

/** "Inhämta samtycke", on complete. */
@Component("recordConsent")
public class RecordConsent implements TaskListener {

    private final ConsentService consents;
    private final CooperationFormOptions options;
    private final FirstMeetingTarget firstMeetingTarget;

    public RecordConsent(ConsentService consents, CooperationFormOptions options, FirstMeetingTarget firstMeetingTarget) {
        this.consents = consents;
        this.options = options;
        this.firstMeetingTarget = firstMeetingTarget;
    }

    @Override
    public void notify(DelegateTask task) {
        FormData form = FormData.of(task);
        Boolean given = form.bool(CONSENT_GIVEN, "Har samtycke lämnats?");
        Long caseId = Route.of(task).id(CASE_ID);
        Consent consent = consents.record(caseId, given, new ConsentService.ConsentInput(form.text(CONSENT_FORM),
                form.date(CONSENT_DATE, "Datum"), form.text(CONSENTING_GUARDIANS), form.text(CHILD_CONSENT),
                form.texts(CONSENTED_AGENCIES)), CurrentUser.idOf(CurrentUser.of(task)));
        // The gateway reads a boolean, whatever the client sent.
        task.setVariable(CONSENT_GIVEN, given);
        if (consent != null) {
            task.setVariable(CONSENT_STATEMENT, consent.getStatement());
            task.setVariable(CONSENTED_AGENCY_OPTIONS, options.consentedAgencies(caseId));
            task.setVariable(SPECIALIST_AGENCY_OPTIONS, options.consentedSpecialistCare(caseId));
            task.setVariable(FIRST_MEETING_DUE, firstMeetingTarget.passedAt(consent.getGivenOn()));
            task.setVariable(FIRST_MEETING_LAST_DAY, firstMeetingTarget.lastDay(consent.getGivenOn()).toString());
            task.setVariable(FIRST_MEETING_BEGUN, false);
        }
    }
}
