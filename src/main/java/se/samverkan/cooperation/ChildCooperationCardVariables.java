package se.samverkan.cooperation;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.samverkan.platform.CardVariables;

/** A cooperation's tasks show the case number, the child's initials and the meeting's time, first on the card. */
@Component
@Order(1)
class ChildCooperationCardVariables implements CardVariables {

    @Override
    public List<CardVariable> variables() {
        return List.of(
                new CardVariable(ChildCooperationProcess.CASE_NUMBER, "Ärende"),
                new CardVariable(ChildCooperationProcess.CHILD_INITIALS, "Barn"),
                new CardVariable(ChildCooperationProcess.MEETING_TIME_TEXT, "Möte"));
    }
}
