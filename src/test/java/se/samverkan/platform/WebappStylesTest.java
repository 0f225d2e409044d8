package se.samverkan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import se.samverkan.SamverkanTestSupport;

/** The application's own webapp files are served instead of the webjar's (the customisation hook). */
class WebappStylesTest extends SamverkanTestSupport {

    @ParameterizedTest
    @ValueSource(strings = {"tasklist", "cockpit", "admin", "welcome"})
    void theProductLineBannerIsHiddenInEveryWebapp(String app) {
        ResponseEntity<String> css = http.getForEntity("/camunda/app/" + app + "/styles/user-styles.css", String.class);
        assertThat(css.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(css.getBody()).contains(".ce-eol-banner").contains("display: none");
    }
}
