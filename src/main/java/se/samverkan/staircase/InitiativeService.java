package se.samverkan.staircase;

import static se.samverkan.platform.HtmlPdf.escape;

import java.time.Clock;
import java.util.Collection;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverkan.platform.FieldValidationException;
import se.samverkan.platform.HtmlPdf;
import se.samverkan.platform.Roles;

/** Samverkanstrappa i fyra steg: the initiative, its four answers, and its one-page summary. */
@Service
@Transactional
public class InitiativeService {

    private final CooperationInitiativeRepository initiatives;

    private final Clock clock;

    public InitiativeService(CooperationInitiativeRepository initiatives, Clock clock) {
        this.initiatives = initiatives;
        this.clock = clock;
    }

    public CooperationInitiative start(String title, String departments, String userId) {
        if (title == null || title.isBlank()) {
            throw new FieldValidationException("title", "Initiativ: ge initiativet en rubrik.");
        }
        if (departments == null || departments.isBlank()) {
            throw new FieldValidationException("departments", "Verksamheter: ange vilka verksamheter som är med.");
        }
        return initiatives.save(new CooperationInitiative(title.trim(), departments.trim(), userId, clock.instant()));
    }

    /** A step's answer is required; the steps come one after the other, so none can be skipped. */
    public void answer(Long initiativeId, InitiativeStep step, String text) {
        if (text == null || text.isBlank()) {
            throw new FieldValidationException(step.field(), step.displayName() + ": svara på frågan \"" + step.question() + "\"");
        }
        initiatives.findById(initiativeId).orElseThrow().answer(step, text.trim());
    }

    public void complete(Long initiativeId) {
        initiatives.findById(initiativeId).orElseThrow().complete(clock.instant());
    }

    /** The one-page summary, for whoever started it, process leaders and supervisors. */
    @Transactional(readOnly = true)
    public byte[] summaryPdf(Long initiativeId, String userId, Collection<String> groups) {
        CooperationInitiative initiative = initiatives.findById(initiativeId).orElseThrow(NotFound::new);
        if (!initiative.getCreatedBy().equals(userId) && !groups.contains(Roles.PROCESS_LEADERS)
                && !groups.contains(Roles.SUPERVISORS)) {
            throw new NotAllowed();
        }
        StringBuilder html = new StringBuilder("<h1>").append(escape(initiative.getTitle())).append("</h1>")
                .append("<p>Verksamheter: ").append(escape(initiative.getDepartments())).append("</p>");
        for (InitiativeStep step : InitiativeStep.values()) {
            String answer = initiative.answerTo(step);
            html.append("<h2>").append(escape(step.displayName())).append(" – ").append(escape(step.question()))
                    .append("</h2><p>").append(answer == null ? "Ännu inte besvarad." : escape(answer)).append("</p>");
        }
        return HtmlPdf.render("Samverkanstrappa i fyra steg: " + initiative.getTitle(), "", html.toString());
    }

    /** No such initiative. */
    public static class NotFound extends RuntimeException {
    }

    /** Not the user's initiative. */
    public static class NotAllowed extends RuntimeException {
    }
}
