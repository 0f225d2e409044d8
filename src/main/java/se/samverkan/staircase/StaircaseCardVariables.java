package se.samverkan.staircase;

import java.util.List;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import se.samverkan.platform.CardVariables;

/** A staircase's tasks show its municipality. */
@Component
@Order(3)
class StaircaseCardVariables implements CardVariables {

    @Override
    public List<CardVariable> variables() {
        return List.of(new CardVariable(StaircaseProcess.MUNICIPALITY, "Kommun"));
    }
}
