package se.samverkan.staircase;

import org.springframework.stereotype.Component;

/** Step names for the model's expressions, e.g. ${staircaseSteps.name(stepCode)}. */
@Component("staircaseSteps")
public class StaircaseSteps {

    private final StaircaseStepRepository steps;

    public StaircaseSteps(StaircaseStepRepository steps) {
        this.steps = steps;
    }

    public String name(String code) {
        return steps.findById(code).map(StaircaseStep::getName).orElse(code);
    }
}
