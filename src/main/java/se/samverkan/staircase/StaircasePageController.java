package se.samverkan.staircase;

import static se.samverkan.platform.HtmlPdf.escape;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.samverkan.platform.ClockConfiguration;

/**
 * The published staircase of a municipality, for staff and citizens: no login, readable on a phone and
 * printable. The newest version is the page; older versions stay at /version/{n}.
 */
@RestController
public class StaircasePageController {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", new Locale("sv", "SE"));
    private static final String STYLE = """
            body { font-family: system-ui, sans-serif; margin: 0 auto; max-width: 46rem; padding: 1rem; color: #1a1a1a; line-height: 1.45; }
            h1 { font-size: 1.6rem; } h2 { font-size: 1.2rem; margin: 0 0 .3rem 0; } h3 { font-size: 1rem; margin: .8rem 0 .2rem 0; }
            .step { border-left: .35rem solid #2a6f97; padding: .6rem 0 .6rem 1rem; margin: 1.2rem 0; background: #f6f9fb; }
            .about { color: #444; font-style: italic; } footer { color: #555; font-size: .85rem; margin-top: 2rem; }
            @media print { body { max-width: none; } .step { break-inside: avoid; background: none; } }
            """;

    private final StaircasePageRepository pages;

    public StaircasePageController(StaircasePageRepository pages) {
        this.pages = pages;
    }

    @GetMapping(value = "/samverkanstrappan/{slug}", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    public ResponseEntity<String> latest(@PathVariable String slug) {
        List<StaircasePage> versions = pages.findBySlugOrderByVersionDesc(slug);
        return versions.isEmpty() ? notFound() : ResponseEntity.ok(html(versions.get(0)));
    }

    @GetMapping(value = "/samverkanstrappan/{slug}/version/{version}", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    public ResponseEntity<String> version(@PathVariable String slug, @PathVariable int version) {
        return pages.findBySlugAndVersion(slug, version).map(p -> ResponseEntity.ok(html(p))).orElseGet(this::notFound);
    }

    private ResponseEntity<String> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(MediaType.TEXT_HTML)
                .body("<!DOCTYPE html><html lang=\"sv\"><body><p>Samverkanstrappan är inte publicerad för den kommunen.</p></body></html>");
    }

    private static String html(StaircasePage page) {
        return "<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"UTF-8\"/>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
                + "<title>Samverkanstrappan – " + escape(page.getMunicipality()) + "</title><style>" + STYLE + "</style></head>"
                + "<body><h1>Samverkanstrappan i " + escape(page.getMunicipality()) + "</h1>"
                + "<p>Stöd för barn och vårdnadshavare, från tidig upptäckt till samordnat stöd – och hur du når det.</p>"
                + page.getContentHtml()
                + "<footer>Version " + page.getVersion() + ", publicerad "
                + DATE.format(page.getPublishedAt().atZone(ClockConfiguration.SWEDEN)) + ".</footer></body></html>";
    }
}
