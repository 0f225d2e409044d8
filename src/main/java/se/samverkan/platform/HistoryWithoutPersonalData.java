package se.samverkan.platform;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.history.event.HistoricFormPropertyEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoricVariableUpdateEventEntity;
import org.camunda.bpm.engine.impl.history.event.HistoryEvent;
import org.camunda.bpm.engine.impl.history.handler.DbHistoryEventHandler;
import org.camunda.bpm.engine.impl.history.handler.HistoryEventHandler;
import org.springframework.stereotype.Component;

/**
 * Personal identity numbers (and the other names features declare) are submitted by start forms but
 * must never be stored by the engine: Cockpit and history would show them to every supervisor. The
 * feature's start listener moves them to its own tables and removes the variables in the same
 * transaction; this handler makes sure no history event about them is ever written.
 */
@Component
public class HistoryWithoutPersonalData extends AbstractProcessEnginePlugin {

    private final Set<String> names = new HashSet<>();

    public HistoryWithoutPersonalData(List<SensitiveVariables> sensitive) {
        sensitive.forEach(s -> names.addAll(s.names()));
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setEnableDefaultDbHistoryEventHandler(false);
        // Other plugins (the starter's event publisher) add their handlers to the same list.
        List<HistoryEventHandler> handlers = new ArrayList<>();
        if (configuration.getCustomHistoryEventHandlers() != null) {
            handlers.addAll(configuration.getCustomHistoryEventHandlers());
        }
        handlers.add(new Filter(new DbHistoryEventHandler(), names));
        configuration.setCustomHistoryEventHandlers(handlers);
    }

    static final class Filter implements HistoryEventHandler {

        private final HistoryEventHandler delegate;
        private final Set<String> names;

        Filter(HistoryEventHandler delegate, Set<String> names) {
            this.delegate = delegate;
            this.names = names;
        }

        @Override
        public void handleEvent(HistoryEvent event) {
            if (!isSensitive(event)) {
                delegate.handleEvent(event);
            }
        }

        @Override
        public void handleEvents(List<HistoryEvent> events) {
            events.forEach(this::handleEvent);
        }

        private boolean isSensitive(HistoryEvent event) {
            if (event instanceof HistoricVariableUpdateEventEntity variable) {
                return names.contains(variable.getVariableName());
            }
            if (event instanceof HistoricFormPropertyEventEntity formProperty) {
                return names.contains(formProperty.getPropertyId());
            }
            return false;
        }
    }
}
