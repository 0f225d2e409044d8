package se.samverkan.staircase;

import static se.samverkan.staircase.StaircaseProcess.*;

import java.util.ArrayList;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.stereotype.Component;
import se.samverkan.agency.AgencyOptions;
import se.samverkan.platform.CurrentUser;
import se.samverkan.platform.FormData;

/** Start of "Samverkanstrappan": a round for a municipality and a region, with the current steps. */
@Component("startStaircaseRound")
public class StartStaircaseRound implements ExecutionListener {

    private final StaircaseService service;
    private final AgencyOptions agencyOptions;

    public StartStaircaseRound(StaircaseService service, AgencyOptions agencyOptions) {
        this.service = service;
        this.agencyOptions = agencyOptions;
    }

    @Override
    public void notify(DelegateExecution execution) {
        FormData form = FormData.of(execution);
        CurrentUser user = CurrentUser.of(execution);
        StaircaseRound round = service.start(form.text(MUNICIPALITY), form.text(REGION), CurrentUser.idOf(user),
                CurrentUser.groupsOf(user));
        List<StaircaseStep> steps = service.steps();
        execution.setVariable(ROUND_ID, round.getId());
        execution.setVariable(STEP_COUNT, steps.size());
        execution.setVariable(STEP_CODES, Variables.objectValue(new ArrayList<>(steps.stream().map(StaircaseStep::getCode).toList()))
                .serializationDataFormat(Variables.SerializationDataFormats.JSON).create());
        for (int i = 0; i < steps.size() && i < MAX_STEPS; i++) {
            execution.setVariable(STEP + (i + 1) + "Name", steps.get(i).getName());
        }
        execution.setVariable(AGENCY_OPTIONS, agencyOptions.serving(round.getMunicipality()));
    }
}
