package se.samverkan.team;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.samverkan.platform.CardVariables;

/** A team's tasks show the meeting's time, the team and its municipality (each name shows once per card). */
@Component
@Order(2)
class TeamCardVariables implements CardVariables {

    @Override
    public List<CardVariable> variables() {
        return List.of(
                new CardVariable(TeamMeetingCycleProcess.MEETING_TIME_TEXT, "Möte"),
                new CardVariable(TeamMeetingCycleProcess.TEAM_CODE, "Team"),
                new CardVariable(TeamMeetingCycleProcess.MUNICIPALITY, "Kommun"));
    }
}
