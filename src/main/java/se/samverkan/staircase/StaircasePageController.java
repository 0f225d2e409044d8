package se.samverkan.staircase;

import static se.samverkan.platform.HtmlPdf.escape;

import java.nio.charset.StandardCharsets;
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
 * printable. The newest version is the page; older versions stay at /version/{n}. {@code /samverkanstrappan}
 * lists the municipalities that have published theirs. Every answer, the 404 page too, is a whole UTF-8 page in
 * Swedish that fits a phone's width.
 */
@RestController
public class StaircasePageController {

    static final String LIST_PATH = "/samverkanstrappan";
    static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("sv-SE"));
    private static final String STYLE = """
            *, *::before, *::after { box-sizing: border-box; }
            html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
            body { font-family: system-ui, sans-serif; margin: 0 auto; max-width: 46rem; padding: 1rem; color: #1a1a1a;
                   line-height: 1.45; overflow-wrap: anywhere; }
            h1 { font-size: 1.6rem; line-height: 1.2; } h2 { font-size: 1.2rem; margin: 0 0 .3rem 0; }
            h3 { font-size: 1rem; margin: .8rem 0 .2rem 0; }
            a { color: #1d5a7d; }
            nav { font-size: .95rem; margin-bottom: .5rem; }
            .step { border-left: .35rem solid #2a6f97; padding: .6rem .6rem .6rem 1rem; margin: 1.2rem 0; background: #f6f9fb; }
            .about { color: #444; font-style: italic; } footer { color: #555; font-size: .85rem; margin-top: 2rem; }
            ul.municipalities { list-style: none; padding: 0; }
            ul.municipalities li { margin: .5rem 0; padding: .6rem 1rem; background: #f6f9fb; border-left: .35rem solid #2a6f97; }
            ul.municipalities a { font-size: 1.1rem; font-weight: 600; }
            @media print { body { max-width: none; } nav { display: none; } .step { break-inside: avoid; background: none; } }
            """;

    private final StaircasePageRepository pages;

    public StaircasePageController(StaircasePageRepository pages) {
        this.pages = pages;
    }

    @GetMapping(value = {LIST_PATH, LIST_PATH + "/"}, produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    public ResponseEntity<String> published() {
        List<StaircasePage> latest = pages.findLatestVersions();
        StringBuilder body = new StringBuilder("<h1>Samverkanstrappan</h1>"
                + "<p>Stöd för barn och vårdnadshavare, från tidig upptäckt till samordnat stöd – och hur du når det. "
                + "Välj din kommun.</p>");
        if (latest.isEmpty()) {
            body.append("<p>Ingen kommun har publicerat sin samverkanstrappa än.</p>");
        } else {
            body.append("<ul class=\"municipalities\">");
            for (StaircasePage page : latest) {
                body.append("<li><a href=\"").append(LIST_PATH).append('/').append(escape(page.getSlug())).append("\">")
                        .append(escape(page.getMunicipality())).append("</a><br/>Version ").append(page.getVersion())
                        .append(", publicerad ").append(published(page)).append("</li>");
            }
            body.append("</ul>");
        }
        return ResponseEntity.ok().contentType(HTML).body(document("Samverkanstrappan", body.toString()));
    }

    @GetMapping(value = LIST_PATH + "/{slug}", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    public ResponseEntity<String> latest(@PathVariable String slug) {
        List<StaircasePage> versions = pages.findBySlugOrderByVersionDesc(slug);
        return versions.isEmpty() ? notFound() : ResponseEntity.ok().contentType(HTML).body(html(versions.get(0)));
    }

    /** The version is read as text, so "/version/abc" is the same Swedish 404 as a version that does not exist. */
    @GetMapping(value = LIST_PATH + "/{slug}/version/{version}", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    public ResponseEntity<String> version(@PathVariable String slug, @PathVariable String version) {
        if (!version.matches("[1-9]\\d{0,8}")) {
            return notFound();
        }
        return pages.findBySlugAndVersion(slug, Integer.parseInt(version))
                .map(p -> ResponseEntity.ok().contentType(HTML).body(html(p))).orElseGet(StaircasePageController::notFound);
    }

    static ResponseEntity<String> notFound() {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).contentType(HTML).body(document("Sidan finns inte – Samverkanstrappan",
                "<h1>Samverkanstrappan är inte publicerad för den kommunen</h1>"
                        + "<p>Kommunen har inte publicerat sin samverkanstrappa här, eller så är adressen felstavad.</p>"
                        + "<p><a href=\"" + LIST_PATH + "\">Se vilka kommuner som har publicerat sin samverkanstrappa</a></p>"));
    }

    private static String html(StaircasePage page) {
        return document("Samverkanstrappan – " + page.getMunicipality(),
                "<nav><a href=\"" + LIST_PATH + "\">Alla kommuner</a></nav>"
                        + "<h1>Samverkanstrappan i " + escape(page.getMunicipality()) + "</h1>"
                        + "<p>Stöd för barn och vårdnadshavare, från tidig upptäckt till samordnat stöd – och hur du når det.</p>"
                        + page.getContentHtml()
                        + "<footer>Version " + page.getVersion() + ", publicerad " + published(page) + ".</footer>");
    }

    private static String published(StaircasePage page) {
        return DATE.format(page.getPublishedAt().atZone(ClockConfiguration.SWEDEN));
    }

    /** A whole page: UTF-8, Swedish, as wide as the phone it is read on. The title is escaped here. */
    private static String document(String title, String body) {
        return "<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"UTF-8\"/>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
                + "<title>" + escape(title) + "</title><style>" + STYLE + "</style></head>"
                + "<body>" + body + "</body></html>";
    }
}
