package se.samverkan.team;

import static se.samverkan.team.TeamMeetingCycleProcess.*;

import java.util.ArrayList;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;
import se.samverkan.platform.CurrentUser;
import se.samverkan.platform.FormData;
import se.samverkan.platform.Roles;

/** "Dokumentera träffen", on complete: attendance, each case's discussion, and the next meeting's date. */
@Component("recordTeamMeeting")
public class RecordTeamMeeting implements TaskListener {

    private final TeamMeetingService meetings;

    public RecordTeamMeeting(TeamMeetingService meetings) {
        this.meetings = meetings;
    }

    @Override
    public void notify(DelegateTask task) {
        FormData form = FormData.of(task);
        Map<Party, String> presence = new EnumMap<>(Party.class);
        for (Party party : Party.values()) {
            presence.put(party, form.text(party.fieldPrefix() + "Presence"));
        }
        List<TeamMeetingService.CaseRecord> cases = new ArrayList<>();
        Integer count = (Integer) task.getVariable(AGENDA_CASE_COUNT);
        for (int i = 1; i <= (count == null ? 0 : count); i++) {
            cases.add(new TeamMeetingService.CaseRecord((Long) task.getVariable(AGENDA_CASE + i + "Id"),
                    form.text("case" + i + "Problem"), form.text("case" + i + "Solutions"),
                    Boolean.TRUE.equals(form.bool("case" + i + "FollowUp", "Uppföljning"))));
        }
        String teamCode = (String) task.getVariable(TEAM_CODE);
        String convening = form.text(NEXT_CONVENING);
        String nextConvening = "TEAM".equals(convening) ? teamCode : convening == null ? null : Roles.PROCESS_LEADERS;
        TeamMeeting meeting = meetings.record((Long) task.getVariable(MEETING_ID), presence, cases,
                form.text(MEETING_NOTES), nextConvening, form.text(LOCAL_PLAN_REVISION),
                CurrentUser.idOf(CurrentUser.of(task)));
        if (nextConvening != null) {
            task.setVariable(CONVENING_GROUP, nextConvening);
        }
        task.setVariable(MEETING_AT, Date.from(meetings.nextMeetingAfter(meeting)));
        // The gateway after the minutes reads a boolean, whatever the client sent; unanswered means continue.
        Boolean continues = form.bool(TEAM_CONTINUES, "Fortsätter teamet?");
        task.setVariable(TEAM_CONTINUES, continues == null || continues);
    }
}
