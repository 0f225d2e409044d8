package se.samverkan.team;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/** Which teams have a running "Samverkansteamets träffar": the engine knows, by the team code as business key. */
@Component
public class TeamMeetingCycles {

    private final RuntimeService runtime;

    public TeamMeetingCycles(@Lazy RuntimeService runtime) {
        this.runtime = runtime;
    }

    public boolean running(String teamCode) {
        // Asked while a process leader starts a cycle, who may not read other instances: the answer is
        // only yes or no, so the query runs without her authorization check.
        return Context.getCommandContext().runWithoutAuthorization(() -> runtime.createProcessInstanceQuery()
                .processDefinitionKey(TeamMeetingCycleProcess.KEY).processInstanceBusinessKey(teamCode).count() > 0);
    }
}
