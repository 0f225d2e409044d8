package se.samverkan.platform;

import jakarta.ws.rs.core.FeatureContext;
import org.glassfish.jersey.internal.spi.AutoDiscoverable;

/**
 * The webapps call the engine through their own REST application ({@code /camunda/api/engine}), which
 * the starter builds from Camunda's class list, out of reach of Spring. Jersey's auto-discovery
 * (META-INF/services) lets the same Swedish refusals apply there, so Tasklist shows a rule's message
 * rather than "ENGINE-03051 ...". Only engine REST applications get them; Cockpit's and Admin's own APIs
 * keep theirs.
 */
public class WebappRefusals implements AutoDiscoverable {

    private static final String ENGINE_REST = "org.camunda.bpm.engine.rest.impl.NamedProcessEngineRestServiceImpl";

    @Override
    public void configure(FeatureContext context) {
        boolean engineRest = context.getConfiguration().getClasses().stream()
                .anyMatch(type -> type.getName().equals(ENGINE_REST));
        if (engineRest && !context.getConfiguration().isRegistered(RefusalMapping.FieldValidations.class)) {
            RefusalMapping.registerIn(context);
        }
    }
}
