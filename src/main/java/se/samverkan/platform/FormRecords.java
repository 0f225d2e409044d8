package se.samverkan.platform;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Every user task and start event of every process records its form ({@link FormRecorder}) when it is
 * completed: a task on "complete", a start event once its own listeners have registered the case.
 */
@Component
public class FormRecords extends AbstractProcessEnginePlugin {

    /** The recorder needs the engine, which needs this plugin first: it is looked up when first used. */
    private final ObjectProvider<FormRecorder> recorder;

    public FormRecords(ObjectProvider<FormRecorder> recorder) {
        this.recorder = recorder;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        ParseListeners.add(configuration, new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                        .addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, FormRecords.this::taskCompleted);
            }

            @Override
            public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
                if (scope instanceof ProcessDefinitionEntity) {
                    ExecutionListener recordStart = FormRecords.this::processStarted;
                    activity.addBuiltInListener(ExecutionListener.EVENTNAME_END, recordStart);
                }
            }
        });
    }

    private void taskCompleted(DelegateTask task) {
        if (task.getExecution() != null) {
            recorder.getObject().recordTask(task.getId(), task.getProcessInstanceId(),
                    task.getExecution().getProcessBusinessKey(), task.getTaskDefinitionKey(), task,
                    CurrentUser.idOf(CurrentUser.of(task)));
        }
    }

    private void processStarted(DelegateExecution execution) {
        recorder.getObject().recordStart(execution.getProcessDefinitionId(), execution.getProcessInstanceId(),
                execution.getProcessBusinessKey(), execution.getCurrentActivityId(), execution,
                CurrentUser.idOf(CurrentUser.of(execution)));
    }
}
