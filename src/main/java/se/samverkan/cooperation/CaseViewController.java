package se.samverkan.cooperation;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.samverkan.platform.CurrentUser;

/** "Ärendet" and "Mina ärenden" in Tasklist: read with the Tasklist login (or HTTP Basic). */
@RestController
public class CaseViewController {

    private final CaseViewService views;
    private final TaskService tasks;
    private final IdentityService identity;

    public CaseViewController(CaseViewService views, ProcessEngine engine) {
        this.views = views;
        this.tasks = engine.getTaskService();
        this.identity = engine.getIdentityService();
    }

    @GetMapping(value = "/api/tasks/{taskId}/case", produces = MediaType.APPLICATION_JSON_VALUE)
    public CaseView caseOfTask(@PathVariable String taskId) {
        // The engine's own check: a task the user cannot see in Tasklist is not found here either.
        Task task = tasks.createTaskQuery().taskId(taskId).singleResult();
        if (task == null || task.getProcessInstanceId() == null) {
            throw new CaseViewService.CaseNotFound();
        }
        return views.viewOfInstance(task.getProcessInstanceId(), CurrentUser.of(identity));
    }

    @GetMapping(value = "/api/cases", produces = MediaType.APPLICATION_JSON_VALUE)
    public List<CaseView.Summary> myCases() {
        return views.myCases(CurrentUser.of(identity));
    }

    @GetMapping(value = "/api/cases/{caseNumber}", produces = MediaType.APPLICATION_JSON_VALUE)
    public CaseView caseByNumber(@PathVariable String caseNumber) {
        return views.viewOfCase(caseNumber, CurrentUser.of(identity));
    }

    @ExceptionHandler(CaseViewService.CaseNotFound.class)
    ResponseEntity<String> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .contentType(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8))
                .body("Det finns inget ärende här som din verksamhet deltar i.");
    }
}
