package se.samverkan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import se.samverkan.SamverkanTestSupport;

/**
 * A Basic login is remembered, and a change to the user takes effect on the very next request: a new
 * password, a deleted user, a group taken away; a failed login forgets it; a wrong password is never
 * remembered.
 */
class BasicAuthenticationCacheTest extends SamverkanTestSupport {

    private static final String USER = "cacheprobe";
    private static final String STAFF_GROUP = "skola";

    @Autowired
    BasicAuthenticationCache cache;

    private IdentityService identity;

    @BeforeEach
    void probeUser() {
        identity = engine.getIdentityService();
        User user = identity.newUser(USER);
        user.setPassword("first-secret");
        user.setFirstName("Cache");
        user.setLastName("Prov");
        identity.saveUser(user);
        identity.createMembership(USER, STAFF_GROUP);
    }

    @AfterEach
    void removeProbe() {
        if (identity.createUserQuery().userId(USER).count() > 0) {
            identity.deleteUser(USER);
        }
    }

    @Test
    void aLoginIsRememberedAndANewPasswordTakesEffectAtOnce() {
        assertThat(definitions("first-secret").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(cache.find(engine.getName(), USER, "first-secret")).isNotNull();
        assertThat(definitions("first-secret").getStatusCode()).isEqualTo(HttpStatus.OK);

        User user = identity.createUserQuery().userId(USER).singleResult();
        user.setPassword("second-secret");
        identity.saveUser(user);

        assertThat(cache.find(engine.getName(), USER, "first-secret")).isNull();
        assertThat(definitions("first-secret").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(definitions("second-secret").getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    @Test
    void aDeletedUserIsRefusedAtOnce() {
        assertThat(definitions("first-secret").getStatusCode()).isEqualTo(HttpStatus.OK);
        identity.deleteUser(USER);
        assertThat(definitions("first-secret").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aGroupTakenAwayTakesEffectAtOnce() {
        // Staff groups may read every process definition; the user alone may read none.
        assertThat(definitionCount("first-secret")).isPositive();
        identity.deleteMembership(USER, STAFF_GROUP);
        assertThat(definitionCount("first-secret")).isZero();
        identity.createMembership(USER, STAFF_GROUP);
        assertThat(definitionCount("first-secret")).isPositive();
    }

    @Test
    void aWrongPasswordIsNeverRememberedAndForgetsTheRightOne() {
        assertThat(definitions("first-secret").getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(definitions("wrong").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(cache.find(engine.getName(), USER, "wrong")).isNull();
        // A failed attempt may lock an account, so every remembered login is checked again.
        assertThat(cache.find(engine.getName(), USER, "first-secret")).isNull();
        assertThat(definitions("wrong").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void credentialsAreSplitAsCamundaSplitsThem() {
        assertThat(SessionOrBasicAuthentication.credentials("Basic " + base64("sara:de:mo")))
                .containsExactly("sara", "de:mo");
        assertThat(SessionOrBasicAuthentication.credentials("Basic " + base64("nocolon"))).isNull();
        assertThat(SessionOrBasicAuthentication.credentials("Basic !!!")).isNull();
        assertThat(SessionOrBasicAuthentication.credentials("Bearer x")).isNull();
        assertThat(SessionOrBasicAuthentication.credentials(null)).isNull();
    }

    private ResponseEntity<String> definitions(String password) {
        return http.withBasicAuth(USER, password).getForEntity("/engine-rest/process-definition/count", String.class);
    }

    private long definitionCount(String password) {
        ResponseEntity<Map> response = http.withBasicAuth(USER, password)
                .getForEntity("/engine-rest/process-definition/count", Map.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return ((Number) response.getBody().get("count")).longValue();
    }

    private static String base64(String text) {
        return java.util.Base64.getEncoder().encodeToString(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
