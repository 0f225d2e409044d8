package se.samverkan.survey;

import static se.samverkan.platform.HtmlPdf.escape;

import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import se.samverkan.survey.SurveyCodes.QuestionKind;
import se.samverkan.survey.SurveyRules.Question;
import se.samverkan.survey.SurveyService.AnswerForm;
import se.samverkan.survey.SurveyService.Page;

/**
 * The answer page behind a survey link, for staff and citizens: no login (it is not under /api), no script, no
 * cookie, no session; readable on a phone. The token in the path is the only key, so it is never logged, never
 * sent on as a referrer and never cached. An unknown link and a used link get the same page, so the page does not
 * tell which links have been used.
 */
@RestController
public class SurveyPageController {

    static final MediaType HTML = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);
    /** A whole answer is far below this (2 000 characters of text, encoded, and a few radio buttons). */
    static final int MAX_BODY_BYTES = 64 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(SurveyPageController.class);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("sv-SE"));
    private static final String[] SCALE = {"1 Instämmer inte alls", "2", "3", "4", "5 Instämmer helt"};
    private static final String STYLE = """
            *, *::before, *::after { box-sizing: border-box; }
            html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
            body { font-family: system-ui, sans-serif; margin: 0 auto; max-width: 40rem; padding: 1rem; color: #1a1a1a;
                   line-height: 1.45; overflow-wrap: anywhere; }
            h1 { font-size: 1.5rem; line-height: 1.2; }
            fieldset { border: 0; border-left: .35rem solid #2a6f97; background: #f6f9fb; margin: 1rem 0; padding: .6rem .8rem; }
            legend { font-weight: 600; padding: 0; float: left; width: 100%; margin-bottom: .4rem; }
            .choices { clear: both; display: flex; flex-wrap: wrap; gap: .3rem .9rem; }
            .choices label { display: inline-flex; align-items: center; gap: .3rem; min-height: 2.2rem; }
            .choices input { width: 1.2rem; height: 1.2rem; margin: 0; }
            textarea { clear: both; display: block; width: 100%; min-height: 8rem; font: inherit; padding: .4rem; }
            button { font: inherit; font-size: 1.1rem; padding: .6rem 1.4rem; background: #1d5a7d; color: #fff; border: 0;
                     border-radius: .3rem; }
            .about, .note { color: #444; } .error { border-left: .35rem solid #b8434e; background: #fbeff0; padding: .6rem .8rem; }
            """;

    private final SurveyService surveys;

    public SurveyPageController(SurveyService surveys) {
        this.surveys = surveys;
    }

    /** The address without its token: the same Swedish page as any link that does not work. */
    @GetMapping(value = {"/enkat", SurveyService.PAGE_PATH}, produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    public ResponseEntity<String> noLink() {
        return render(new Page(SurveyService.Status.UNKNOWN_LINK, null, null));
    }

    @GetMapping(value = SurveyService.PAGE_PATH + "{token}", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    public ResponseEntity<String> open(@PathVariable String token) {
        return render(surveys.page(token));
    }

    @PostMapping(value = SurveyService.PAGE_PATH + "{token}", produces = MediaType.TEXT_HTML_VALUE + ";charset=UTF-8")
    public ResponseEntity<String> answer(@PathVariable String token, HttpServletRequest request) {
        long length = request.getContentLengthLong();
        if (length < 0 || length > MAX_BODY_BYTES
                || !MediaType.APPLICATION_FORM_URLENCODED.includes(contentType(request))) {
            Page page = surveys.page(token);
            if (page.status() != SurveyService.Status.FORM) {
                return render(page);
            }
            return render(new Page(SurveyService.Status.INVALID, page.form(),
                    "Svaret är för stort eller kunde inte läsas. Fritextsvaret får vara högst 2 000 tecken."));
        }
        Map<String, String[]> form = request.getParameterMap();
        return render(surveys.answer(token, form));
    }

    private static MediaType contentType(HttpServletRequest request) {
        try {
            return request.getContentType() == null ? MediaType.ALL : MediaType.parseMediaType(request.getContentType());
        } catch (RuntimeException e) {
            return MediaType.ALL;
        }
    }

    private static ResponseEntity<String> render(Page page) {
        return switch (page.status()) {
            case FORM -> respond(HttpStatus.OK, "Enkät", form(page.form(), null));
            case THANKS -> respond(HttpStatus.OK, "Tack för ditt svar", "<h1>Tack för ditt svar!</h1>"
                    + "<p>Ditt svar är sparat. Det går inte att se vem som har svarat vad: resultatet visas bara "
                    + "sammanräknat, och först när minst fem har svarat.</p><p>Du kan stänga sidan.</p>");
            case UNKNOWN_LINK -> {
                LOG.warn("Refused survey page: unknown or used link");
                yield respond(HttpStatus.NOT_FOUND, "Länken gäller inte", "<h1>Länken gäller inte eller är redan använd</h1>"
                        + "<p>Varje länk till enkäten kan användas en gång. Har du fått länken av någon annan, eller "
                        + "redan svarat, kan du inte svara med den igen. Kontakta den som skickade länken om du tror "
                        + "att något är fel.</p>");
            }
            case CLOSED -> {
                LOG.warn("Refused survey page: the round is closed");
                yield respond(HttpStatus.GONE, "Enkäten är stängd", "<h1>Enkäten är stängd</h1>"
                        + "<p>Det går inte längre att svara på den här enkäten. Tack för att du ville svara!</p>");
            }
            case INVALID -> {
                LOG.warn("Refused survey answer: not a valid answer");
                yield respond(HttpStatus.BAD_REQUEST, "Svaret kunde inte tas emot", form(page.form(), page.message()));
            }
        };
    }

    /** The questions as a plain HTML form: radio buttons 1–5 and "Vet inte" (checked), and a textarea. */
    private static String form(AnswerForm form, String error) {
        StringBuilder html = new StringBuilder();
        html.append("<h1>").append(escape(form.questionSet())).append("</h1>")
                .append("<p class=\"about\">").append(escape(form.kind().label)).append(" för ")
                .append(escape(form.team())).append(". Svara senast ").append(escape(DATE.format(form.closesOn())))
                .append(".</p>");
        if (error != null) {
            html.append("<p class=\"error\" role=\"alert\"><strong>Svaret kunde inte tas emot.</strong> ")
                    .append(escape(error)).append("</p>");
        }
        html.append("<p class=\"note\">Du svarar anonymt. Vi sparar inte vem du är, din adress eller när du svarade, "
                + "och länken kan inte kopplas till ditt svar. Länken fungerar en gång.</p>");
        html.append("<form method=\"post\" accept-charset=\"UTF-8\">")
                .append("<input type=\"hidden\" name=\"").append(SurveyRules.MARKER).append("\" value=\"1\"/>");
        for (Question question : form.questions()) {
            String field = escape(question.field());
            if (question.kind() == QuestionKind.LIKERT) {
                html.append("<fieldset><legend>").append(question.position()).append(". ").append(escape(question.text()))
                        .append("</legend><div class=\"choices\">");
                for (int value = 1; value <= 5; value++) {
                    html.append("<label><input type=\"radio\" name=\"").append(field).append("\" value=\"").append(value)
                            .append("\"/>").append(escape(SCALE[value - 1])).append("</label>");
                }
                html.append("<label><input type=\"radio\" name=\"").append(field).append("\" value=\"")
                        .append(SurveyRules.DONT_KNOW).append("\" checked=\"checked\"/>Vet inte</label></div></fieldset>");
            } else {
                html.append("<fieldset><legend><label for=\"").append(field).append("\">").append(question.position())
                        .append(". ").append(escape(question.text())).append("</label></legend><textarea id=\"")
                        .append(field).append("\" name=\"").append(field).append("\" maxlength=\"")
                        .append(SurveyRules.MAX_TEXT).append("\" rows=\"6\"></textarea>")
                        .append("<p class=\"note\">Högst 2 000 tecken. Skriv inga namn eller annat som visar vem du "
                                + "eller någon annan är.</p></fieldset>");
            }
        }
        html.append("<p><button type=\"submit\">Skicka svaret</button></p></form>");
        return html.toString();
    }

    /** A whole page: UTF-8, Swedish, as wide as the phone; never cached, never indexed, no referrer. */
    private static ResponseEntity<String> respond(HttpStatus status, String title, String body) {
        String html = "<!DOCTYPE html><html lang=\"sv\"><head><meta charset=\"UTF-8\"/>"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>"
                + "<meta name=\"referrer\" content=\"no-referrer\"/>"
                + "<title>" + escape(title) + "</title><style>" + STYLE + "</style></head>"
                + "<body>" + body + "</body></html>";
        return ResponseEntity.status(status).contentType(HTML)
                .header("Cache-Control", "no-store")
                .header("Referrer-Policy", "no-referrer")
                .header("X-Robots-Tag", "noindex, nofollow")
                .body(html);
    }
}
