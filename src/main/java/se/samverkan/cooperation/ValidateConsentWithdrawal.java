package se.samverkan.cooperation;

import static se.samverkan.cooperation.ChildCooperationProcess.*;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;
import se.samverkan.platform.CurrentUser;
import se.samverkan.platform.FormData;

/** Start of "Återkalla samtycke": the case must be active and the user one of its agencies. */
@Component("validateConsentWithdrawal")
public class ValidateConsentWithdrawal implements ExecutionListener {

    private final ConsentService consents;

    public ValidateConsentWithdrawal(ConsentService consents) {
        this.consents = consents;
    }

    @Override
    public void notify(DelegateExecution execution) {
        FormData form = FormData.of(execution);
        ChildCase childCase = consents.checkWithdrawal(new ConsentService.WithdrawalRequest(form.text(CASE_NUMBER),
                form.text(WITHDRAWN_BY), form.date(WITHDRAWN_ON, "Datum"), form.text(WITHDRAWAL_NOTE)),
                CurrentUser.groupsOf(CurrentUser.of(execution)));
        execution.setProcessBusinessKey(childCase.getCaseNumber());
        execution.setVariable(CASE_NUMBER, childCase.getCaseNumber());
    }
}
