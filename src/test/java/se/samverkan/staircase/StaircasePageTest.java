package se.samverkan.staircase;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import se.samverkan.SamverkanTestSupport;

/** The public pages without login: a municipality's staircase, the list of them, the 404 page, the demo example. */
class StaircasePageTest extends SamverkanTestSupport {

    private static final MediaType HTML_UTF8 = MediaType.parseMediaType("text/html;charset=UTF-8");

    @Autowired
    StaircasePageRepository pages;

    @Autowired
    StaircaseService service;

    @Test
    void anUnpublishedMunicipalityGetsASwedishUtf8NotFoundPage() {
        for (String path : List.of("/samverkanstrappan/ingenstans", "/samverkanstrappan/ingenstans/version/1",
                "/samverkanstrappan/motala/version/99", "/samverkanstrappan/motala/version/abc",
                "/samverkanstrappan/motala/version/-1")) {
            ResponseEntity<byte[]> page = http.getForEntity(path, byte[].class);
            assertThat(page.getStatusCode()).as(path).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(page.getHeaders().getContentType()).as(path).isEqualTo(HTML_UTF8);
            // The bytes are UTF-8: "ä" is C3 A4, read back as UTF-8; not "Ã¤" (UTF-8 read as Latin-1, or encoded twice).
            String body = new String(page.getBody(), StandardCharsets.UTF_8);
            assertThat(body).as(path).contains("<html lang=\"sv\">", "<meta charset=\"UTF-8\"/>",
                    "Samverkanstrappan är inte publicerad för den kommunen", "name=\"viewport\"",
                    "<a href=\"/samverkanstrappan\">").doesNotContain("Ã");
        }
    }

    @Test
    void theListLinksTheNewestVersionOfEveryPublishedMunicipalityOnce() {
        Long round = demoPage().getRoundId();
        pages.save(new StaircasePage("Ödeshög", "odeshog", 1, round, "<p>Första.</p>", Instant.parse("2026-01-10T10:00:00Z")));
        pages.save(new StaircasePage("Ödeshög", "odeshog", 2, round, "<p>Andra.</p>", Instant.parse("2026-03-10T10:00:00Z")));

        for (String path : List.of("/samverkanstrappan", "/samverkanstrappan/")) {
            ResponseEntity<byte[]> list = http.getForEntity(path, byte[].class);
            assertThat(list.getStatusCode()).as(path).isEqualTo(HttpStatus.OK);
            assertThat(list.getHeaders().getContentType()).as(path).isEqualTo(HTML_UTF8);
            String body = new String(list.getBody(), StandardCharsets.UTF_8);
            assertThat(body).as(path).contains("<h1>Samverkanstrappan</h1>", "name=\"viewport\"",
                    "<a href=\"/samverkanstrappan/motala\">Motala</a>",
                    "<a href=\"/samverkanstrappan/odeshog\">Ödeshög</a><br/>Version 2, publicerad 10 mars 2026");
            assertThat(body.split("/samverkanstrappan/odeshog\"", -1)).as("one link per municipality").hasSize(2);
            assertThat(body).doesNotContain("Version 1, publicerad 10 januari 2026");
        }
        // Each link leads to that municipality's newest page, which links back to the list.
        assertThat(http.getForEntity("/samverkanstrappan/odeshog", String.class).getBody())
                .contains("Samverkanstrappan i Ödeshög", "<p>Andra.</p>", "<a href=\"/samverkanstrappan\">Alla kommuner</a>");
    }

    @Test
    void theDemoDataPublishesMotalaSoTheReadmeLinkWorks() {
        ResponseEntity<byte[]> page = http.getForEntity("/samverkanstrappan/motala", byte[].class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getHeaders().getContentType()).isEqualTo(HTML_UTF8);
        assertThat(new String(page.getBody(), StandardCharsets.UTF_8)).contains("Samverkanstrappan i Motala",
                "Basen – upptäckt", "2 Vägvisarfunktion", "5 Samordnat stöd", "Ring familjecentralens vägvisare",
                "En vägvisare i varje skolområde (Elevhälsochefen, klart senast 2027-06-30)", "Version 1");
        // The demo page is what publishing its round renders today, not a hand-made copy that has drifted.
        StaircasePage demo = demoPage();
        assertThat(demo.getContentHtml()).isEqualTo(service.render(demo.getRoundId()));
    }

    private StaircasePage demoPage() {
        return pages.findBySlugAndVersion("motala", 1).orElseThrow();
    }
}
