package se.samverkan.team;

import static se.samverkan.team.TeamMeetingCycleProcess.*;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;
import se.samverkan.platform.Route;

/** "Sammanställ dagordning": the registered and carried cases, for the convenor to confirm. */
@Component("compileAgenda")
public class CompileAgenda implements JavaDelegate {

    private final TeamMeetingService meetings;

    public CompileAgenda(TeamMeetingService meetings) {
        this.meetings = meetings;
    }

    @Override
    public void execute(DelegateExecution execution) {
        List<TeamCase> agenda = meetings.compileAgenda(Route.of(execution).id(MEETING_ID));
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= TeamMeetingService.MAX_AGENDA_CASES; i++) {
            TeamCase teamCase = i <= agenda.size() ? agenda.get(i - 1) : null;
            execution.setVariable(AGENDA_CASE + i + "Id", teamCase == null ? null : teamCase.getId());
            execution.setVariable(AGENDA_CASE + i + "Text", teamCase == null ? null : describe(teamCase));
            if (teamCase != null) {
                text.append(i).append(". ").append(describe(teamCase)).append("\n\n");
            }
        }
        execution.setVariable(AGENDA_CASE_COUNT, agenda.size());
        execution.setVariable(AGENDA_TEXT, agenda.isEmpty() ? "Inga föranmälda ärenden." : text.toString().trim());
    }

    static String describe(TeamCase teamCase) {
        return teamCase.getQuestion() + (teamCase.getDescription() != null ? " – " + teamCase.getDescription() : "");
    }
}
