package se.samverkan.platform;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.impl.identity.Authentication;

/**
 * Who is acting: the user the REST API or Tasklist authenticated. Null inside jobs and
 * application code, where rules about the user's own agency do not apply.
 */
public record CurrentUser(String id, List<String> groups) {

    public static CurrentUser of(DelegateExecution execution) {
        return of(execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication());
    }

    public static CurrentUser of(DelegateTask task) {
        return of(task.getProcessEngineServices().getIdentityService().getCurrentAuthentication());
    }

    /** In the application's own REST controllers, behind the same login as the engine's REST API. */
    public static CurrentUser of(IdentityService identityService) {
        return of(identityService.getCurrentAuthentication());
    }

    /** The user's groups; none when nobody is logged in. */
    public static List<String> groupsOrNone(IdentityService identityService) {
        CurrentUser user = of(identityService);
        return user == null ? List.of() : user.groups();
    }

    private static CurrentUser of(Authentication authentication) {
        return authentication == null ? null
                : new CurrentUser(authentication.getUserId(),
                        authentication.getGroupIds() == null ? List.of() : authentication.getGroupIds());
    }

    public static String idOf(CurrentUser user) {
        return user == null ? null : user.id();
    }

    public static List<String> groupsOf(CurrentUser user) {
        return user == null ? null : user.groups();
    }
}
