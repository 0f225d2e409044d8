package se.samverkan.platform;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.dmn.Dmn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Deploys the process owners' folders ({@code processes/} and {@code forms/}) as one deployment.
 * Duplicate filtering avoids a new deployment when nothing changed; when anything changed, the new
 * deployment holds every model and form, so a user task's form ({@code formRefBinding="deployment"})
 * is always in the same deployment as its BPMN. A broken file stops the start-up, naming the file.
 */
@Component
public class ModelDeployment extends AbstractProcessEnginePlugin {

    public static final String DEPLOYMENT_NAME = "samverkan";

    private static final Logger log = LoggerFactory.getLogger(ModelDeployment.class);

    private final List<String> locations;
    private final ObjectMapper json = new ObjectMapper();

    public ModelDeployment(@Value("${samverkan.models.locations:"
            + "classpath*:processes/*.bpmn,classpath*:processes/*.dmn,classpath*:forms/*.form}")
            List<String> locations) {
        this.locations = locations;
    }

    /** Deploys as soon as the engine is built, before anything else uses it. */
    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        deploy(engine);
    }

    public DeploymentWithDefinitions deploy(ProcessEngine engine) {
        Map<String, byte[]> resources = readResources();
        resources.forEach(this::checkWellFormed);
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment()
                .name(DEPLOYMENT_NAME)
                .source("samverkan")
                .enableDuplicateFiltering(false);
        resources.forEach((name, content) -> deployment.addInputStream(name, new ByteArrayInputStream(content)));
        try {
            DeploymentWithDefinitions result = deployment.deployWithResult();
            log.info("Deployment '{}' {} with {} resources: {}", DEPLOYMENT_NAME, result.getId(),
                    resources.size(), resources.keySet());
            return result;
        } catch (ParseException e) {
            throw new IllegalStateException("Modellerna kunde inte driftsättas: " + describe(e), e);
        } catch (ProcessEngineException e) {
            throw new IllegalStateException("Modellerna " + resources.keySet()
                    + " kunde inte driftsättas: " + e.getMessage(), e);
        }
    }

    /** Resource name = folder/file, e.g. {@code forms/contactPathChangeReview.form}. */
    private Map<String, byte[]> readResources() {
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        Map<String, byte[]> resources = new TreeMap<>();
        for (String location : locations) {
            try {
                for (Resource resource : resolver.getResources(location.trim())) {
                    String url = resource.getURL().toString();
                    String folder = url.substring(0, url.lastIndexOf('/'));
                    String name = folder.substring(folder.lastIndexOf('/') + 1) + "/" + resource.getFilename();
                    try (InputStream in = resource.getInputStream()) {
                        resources.put(name, in.readAllBytes());
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException("Modellerna i " + location + " kunde inte läsas", e);
            }
        }
        return resources;
    }

    private void checkWellFormed(String name, byte[] content) {
        try {
            if (name.endsWith(".bpmn")) {
                Bpmn.readModelFromStream(new ByteArrayInputStream(content));
            } else if (name.endsWith(".dmn")) {
                Dmn.readModelFromStream(new ByteArrayInputStream(content));
            } else if (name.endsWith(".form")) {
                JsonNode form = json.readTree(content);
                if (!form.hasNonNull("id") || !form.has("components")) {
                    throw new IllegalArgumentException("formuläret saknar \"id\" eller \"components\"");
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("Modellen " + name + " är trasig och kan inte driftsättas: "
                    + e.getMessage(), e);
        }
    }

    private static String describe(ParseException e) {
        List<String> reports = new ArrayList<>();
        e.getResorceReports().forEach(report -> {
            if (!report.getErrors().isEmpty()) {
                reports.add(report.getResourceName() + ": " + report.getErrors().stream()
                        .map(problem -> problem.getMessage()
                                + (problem.getMainElementId() != null ? " (" + problem.getMainElementId() + ")" : ""))
                        .collect(Collectors.joining("; ")));
            }
        });
        return reports.isEmpty() ? e.getMessage() : String.join(" | ", reports);
    }
}
