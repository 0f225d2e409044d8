package se.samverkan.platform;

import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.stereotype.Component;

/**
 * Tasklist shows the filters' card variables (case number, child's initials, meeting time, ...) only if
 * the user may read them, and a process variable is readable only with read access to the whole process
 * instance, which staff must not have: it would open every case of the process to every agency. Staff
 * may read the tasks they can work on, so each user task gets its own copy of the card variables when
 * it is created.
 */
@Component
public class TaskCardVariables extends AbstractProcessEnginePlugin {

    /** As in {@link TasklistFilters#cardVariableNames()}, which needs the engine that needs this plugin. */
    private final List<String> names;

    public TaskCardVariables(List<CardVariables> cardVariables) {
        this.names = CardVariables.all(cardVariables).stream().map(CardVariables.CardVariable::name).toList();
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        ParseListeners.add(configuration, new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                        .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, TaskCardVariables.this::copyToTask);
            }
        });
    }

    void copyToTask(DelegateTask task) {
        if (task.getExecution() == null) {
            return;
        }
        for (String name : names) {
            Object value = task.getExecution().getVariable(name);
            if (value != null) {
                task.setVariableLocal(name, value);
            }
        }
    }
}
