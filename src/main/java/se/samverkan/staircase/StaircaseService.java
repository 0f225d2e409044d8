package se.samverkan.staircase;

import static se.samverkan.platform.ClockConfiguration.SWEDEN;
import static se.samverkan.platform.HtmlPdf.escape;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverkan.agency.Agency;
import se.samverkan.agency.AgencyRepository;
import se.samverkan.platform.FieldValidationException;
import se.samverkan.platform.Roles;

/** Samverkanstrappan: anchoring, action plan, inventory per step, written answers, decisions, publication. */
@Service
@Transactional
public class StaircaseService {

    private final StaircaseStepRepository steps;
    private final StaircaseRoundRepository rounds;
    private final StaircaseStepWorkRepository works;
    private final StaircaseWrittenAnswerRepository answers;
    private final StaircasePageRepository pages;
    private final AgencyRepository agencies;
    private final Clock clock;

    public StaircaseService(StaircaseStepRepository steps, StaircaseRoundRepository rounds,
            StaircaseStepWorkRepository works, StaircaseWrittenAnswerRepository answers, StaircasePageRepository pages,
            AgencyRepository agencies, Clock clock) {
        this.steps = steps;
        this.rounds = rounds;
        this.works = works;
        this.answers = answers;
        this.pages = pages;
        this.agencies = agencies;
        this.clock = clock;
    }

    public StaircaseRound start(String municipality, String region, String userId, Collection<String> userGroups) {
        if (userGroups != null && !userGroups.contains(Roles.PROCESS_LEADERS)) {
            throw new FieldValidationException("municipality", "Kommun: bara processledare leder arbetet med samverkanstrappan.");
        }
        required(municipality, "municipality", "Kommun: ange kommunen.");
        required(region, "region", "Region: ange regionen.");
        StaircaseRound round = rounds.save(new StaircaseRound(municipality.trim(), region.trim(), userId, clock.instant()));
        steps.findAllByOrderBySortOrder().forEach(step -> works.save(new StaircaseStepWork(round.getId(), step.getCode())));
        return round;
    }

    public List<StaircaseStep> steps() {
        return steps.findAllByOrderBySortOrder();
    }

    public void anchor(Long roundId, String body, LocalDate date, String decision) {
        required(body, "anchoringBody", "Beslutande grupp: ange vilken styrgrupp som fattade beslutet.");
        if (date == null || date.isAfter(LocalDate.now(clock))) {
            throw new FieldValidationException("anchoringDate", "Datum för beslutet: ange dagens eller ett tidigare datum.");
        }
        required(decision, "anchoringDecision", "Beslut: skriv beslutet.");
        rounds.findById(roundId).orElseThrow().anchor(body.trim(), date, decision.trim());
    }

    public record StepPlan(String method, String responsible, LocalDate dueDate) {
    }

    /** The action plan: for every step how it is inventoried and developed, who is responsible, by when. */
    public void plan(Long roundId, List<StepPlan> plans) {
        List<StaircaseStep> all = steps();
        for (int i = 0; i < all.size(); i++) {
            StepPlan plan = i < plans.size() ? plans.get(i) : null;
            String label = all.get(i).getName() + ": ";
            if (plan == null || blank(plan.method())) {
                throw new FieldValidationException("step" + (i + 1) + "Method", label + "beskriv hur steget inventeras och utvecklas.");
            }
            if (blank(plan.responsible())) {
                throw new FieldValidationException("step" + (i + 1) + "Responsible", label + "ange vem som ansvarar.");
            }
            if (plan.dueDate() == null) {
                throw new FieldValidationException("step" + (i + 1) + "DueDate", label + "ange när det ska vara klart.");
            }
            work(roundId, all.get(i).getCode()).plan(plan.method().trim(), plan.responsible().trim(), plan.dueDate());
        }
    }

    public record Inventory(LocalDate date, List<String> agencies, String existing, String howToReach, String missing,
            List<String> writtenAnswerAgencies, LocalDate answerBy) {
    }

    /** The step's work, and when the written answers are due (null when nobody is asked). */
    public record RecordedInventory(StaircaseStepWork work, Instant answerDeadline) {
    }

    /** The inventory meeting of one step; agencies that could not attend are asked for a written answer. */
    public RecordedInventory inventory(Long roundId, String stepCode, Inventory inventory) {
        if (inventory.date() == null) {
            throw new FieldValidationException("inventoryDate", "Datum för inventeringen: ange när mötet hölls.");
        }
        if (inventory.agencies().isEmpty()) {
            throw new FieldValidationException("inventoryAgencies", "Deltagande verksamheter: ange vilka som deltog.");
        }
        required(inventory.existing(), "existingSupport", "Det här finns: beskriv det stöd som finns på steget.");
        required(inventory.howToReach(), "howToReach", "Så når man stödet: beskriv hur barn, vårdnadshavare och personal når det.");
        for (String code : concat(inventory.agencies(), inventory.writtenAnswerAgencies())) {
            if (!agencies.existsById(code)) {
                throw new FieldValidationException("inventoryAgencies", "Deltagande verksamheter: okänd verksamhet.");
            }
        }
        Instant answerDeadline = endOfDay(inventory.answerBy());
        if (!inventory.writtenAnswerAgencies().isEmpty()
                && (answerDeadline == null || !answerDeadline.isAfter(clock.instant()))) {
            throw new FieldValidationException("answerDeadline", "Svar senast: ange ett datum i framtiden för de skriftliga svaren.");
        }
        StaircaseStepWork work = work(roundId, stepCode);
        work.inventory(inventory.date(), String.join(",", inventory.agencies()), inventory.existing().trim(),
                inventory.howToReach().trim(), trim(inventory.missing()));
        for (String agency : inventory.writtenAnswerAgencies()) {
            answers.save(new StaircaseWrittenAnswer(work.getId(), agency, answerDeadline));
        }
        return new RecordedInventory(work, answerDeadline);
    }

    /** Answers are due at the end of the given day, Swedish time. */
    static Instant endOfDay(LocalDate day) {
        return day == null ? null : day.plusDays(1).atStartOfDay(SWEDEN).toInstant();
    }

    public void answer(Long workId, String agency, String text, String userId) {
        required(text, "writtenAnswer", "Svar: skriv ert svar.");
        answers.findByWorkIdAndAgencyCode(workId, agency).orElseThrow().answer(text.trim(), userId, clock.instant());
    }

    /** What the development decision builds on, per step: what exists, what is missing, the written answers. */
    @Transactional(readOnly = true)
    public List<String> summaries(Long roundId) {
        Map<String, String> names = agencies.findAll().stream().collect(Collectors.toMap(Agency::getCode, Agency::getName));
        List<String> result = new ArrayList<>();
        for (StaircaseStep step : steps()) {
            StaircaseStepWork work = work(roundId, step.getCode());
            StringBuilder text = new StringBuilder("Finns: ").append(work.getExistingSupport())
                    .append("\n\nSaknas: ").append(work.getMissingSupport() == null ? "–" : work.getMissingSupport());
            for (StaircaseWrittenAnswer answer : answers.findByWorkId(work.getId())) {
                String agency = names.getOrDefault(answer.getAgencyCode(), answer.getAgencyCode());
                text.append("\n\n").append(answer.getAnsweredAt() == null
                        ? "Skriftligt svar saknas från " + agency + "."
                        : "Skriftligt svar från " + agency + ": " + answer.getAnswer());
            }
            result.add(text.toString());
        }
        return result;
    }

    public record Decision(String what, String who, LocalDate by) {
    }

    public void decide(Long roundId, List<Decision> decisions) {
        List<StaircaseStep> all = steps();
        for (int i = 0; i < all.size(); i++) {
            Decision decision = i < decisions.size() ? decisions.get(i) : null;
            if (decision == null || blank(decision.what())) {
                continue; // Nothing to complete or develop on this step.
            }
            if (blank(decision.who()) || decision.by() == null) {
                throw new FieldValidationException("step" + (i + 1) + "Who",
                        all.get(i).getName() + ": ange vem som ansvarar och när det ska vara klart.");
            }
            work(roundId, all.get(i).getCode()).decide(decision.what().trim(), decision.who().trim(), decision.by());
        }
    }

    /** Publishes a new version of the municipality's page; earlier versions stay readable. */
    public StaircasePage publish(Long roundId) {
        StaircaseRound round = rounds.findById(roundId).orElseThrow();
        String html = render(roundId);
        String slug = slug(round.getMunicipality());
        int version = pages.findBySlugOrderByVersionDesc(slug).stream().mapToInt(StaircasePage::getVersion).max().orElse(0) + 1;
        round.published(clock.instant());
        return pages.save(new StaircasePage(round.getMunicipality(), slug, version, roundId, html, clock.instant()));
    }

    /** The steps of a round as the page shows them: escaped XHTML, one section per step. */
    @Transactional(readOnly = true)
    public String render(Long roundId) {
        StringBuilder html = new StringBuilder();
        for (StaircaseStep step : steps()) {
            StaircaseStepWork work = work(roundId, step.getCode());
            html.append("<section class=\"step\"><h2>").append(escape(step.getName())).append("</h2>")
                    .append("<p class=\"about\">").append(escape(step.getDescription())).append("</p>")
                    .append("<h3>Det här finns</h3><p>").append(escape(work.getExistingSupport())).append("</p>")
                    .append("<h3>Så når du stödet</h3><p>").append(escape(work.getHowToReach())).append("</p>");
            if (work.getDecisionWhat() != null) {
                html.append("<h3>Det här utvecklas</h3><p>").append(escape(work.getDecisionWhat()))
                        .append(" (").append(escape(work.getDecisionWho())).append(", klart senast ")
                        .append(work.getDecisionBy()).append(")</p>");
            }
            html.append("</section>");
        }
        return html.toString();
    }

    static String slug(String municipality) {
        return Normalizer.normalize(municipality.trim().toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "").replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    private StaircaseStepWork work(Long roundId, String stepCode) {
        return works.findByRoundIdAndStepCode(roundId, stepCode).orElseThrow();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static void required(String value, String field, String message) {
        if (blank(value)) {
            throw new FieldValidationException(field, message);
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String trim(String value) {
        return blank(value) ? null : value.trim();
    }
}
