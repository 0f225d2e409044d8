package se.samverkan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** A start by key, handed on to the engine as a start of the definition the guard checked. */
class StartByIdTest {

    @Test
    void theEngineSeesTheDefinitionsIdInPlaceOfTheKey() {
        MockHttpServletRequest request = request("/engine/default/process-definition/key/childCooperation/start",
                "/engine-rest/engine/default/process-definition/%6Bey/childCooperation/start");
        EngineRestGuard.StartById byId = new EngineRestGuard.StartById(request,
                "/process-definition/key/childCooperation/start", "childCooperation:3:a1b2", "start");
        assertThat(byId.getPathInfo()).isEqualTo("/engine/default/process-definition/childCooperation:3:a1b2/start");
        assertThat(byId.getRequestURI()).isEqualTo("/engine-rest/engine/default/process-definition/childCooperation:3:a1b2/start");
        assertThat(byId.getRequestURL().toString())
                .isEqualTo("http://localhost/engine-rest/engine/default/process-definition/childCooperation:3:a1b2/start");
    }

    @Test
    void aTenantsKeyAndTheFormSubmissionKeepTheirAction() {
        MockHttpServletRequest request = request("/process-definition/key/teamCase/tenant-id/kil/submit-form",
                "/engine-rest/process-definition/key/teamCase/tenant-id/kil/submit-form");
        EngineRestGuard.StartById byId = new EngineRestGuard.StartById(request, request.getPathInfo(),
                "teamCase:1:c3", "submit-form");
        assertThat(byId.getPathInfo()).isEqualTo("/process-definition/teamCase:1:c3/submit-form");
        assertThat(byId.getRequestURI()).isEqualTo("/engine-rest/process-definition/teamCase:1:c3/submit-form");
    }

    private static MockHttpServletRequest request(String pathInfo, String requestUri) {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", requestUri);
        request.setServletPath("/engine-rest");
        request.setPathInfo(pathInfo);
        return request;
    }
}
