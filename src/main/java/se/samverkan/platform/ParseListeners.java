package se.samverkan.platform;

import java.util.ArrayList;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/** Our engine plugins add their built-in listeners to every model through a parse listener each. */
final class ParseListeners {

    private ParseListeners() {
    }

    static void add(ProcessEngineConfigurationImpl configuration, BpmnParseListener listener) {
        if (configuration.getCustomPostBPMNParseListeners() == null) {
            configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
        }
        configuration.getCustomPostBPMNParseListeners().add(listener);
    }
}
