package se.samverkan.cooperation;

import static se.samverkan.platform.FormDisplayValues.markdownText;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import se.samverkan.agency.AgencyRepository;
import se.samverkan.platform.FormDisplayValues;

/**
 * What the forms of "Samverkan kring barn" show the agencies taking part: the child by name and
 * personnummer (the task cards keep the initials), what was noticed, and the answers to the latest
 * invitations with who comes. The forms' texts name them {@code child}, {@code noticedText} and
 * {@code invitationAnswers}.
 */
@Component
class CooperationFormDisplay implements FormDisplayValues {

    static final String CHILD = "child";
    static final String NOTICED_TEXT = "noticedText";
    static final String INVITATION_ANSWERS = "invitationAnswers";

    private final ChildCaseRepository cases;
    private final CaseParties parties;
    private final CooperationMeetingRepository meetings;
    private final AgencyRepository agencies;

    CooperationFormDisplay(ChildCaseRepository cases, CaseParties parties, CooperationMeetingRepository meetings,
            AgencyRepository agencies) {
        this.cases = cases;
        this.parties = parties;
        this.meetings = meetings;
        this.agencies = agencies;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<String, String> forTask(Task task, String userId, List<String> userGroups) {
        ChildCase childCase = task.getProcessInstanceId() == null ? null
                : cases.findByProcessInstanceId(task.getProcessInstanceId()).orElse(null);
        if (childCase == null || !parties.includeAnyOf(childCase, userGroups)) {
            return Map.of();
        }
        Map<String, String> values = new LinkedHashMap<>();
        values.put(CHILD, markdownText(childCase.getChildName() + ", " + childCase.getChildPersonalNumber()));
        values.put(NOTICED_TEXT, markdownText(childCase.getNoticed()));
        meetings.findFirstByCaseIdOrderByMeetingNumberDesc(childCase.getId())
                .ifPresent(meeting -> values.put(INVITATION_ANSWERS, answers(meeting)));
        return values;
    }

    /** One line per invited agency, as a Markdown list the form's text renders. */
    private String answers(CooperationMeeting meeting) {
        Map<String, String> names = agencies.findAll().stream()
                .collect(Collectors.toMap(a -> a.getCode(), a -> a.getName()));
        return meeting.getInvitations().stream().map(i -> "- **" + names.getOrDefault(i.getAgencyCode(), i.getAgencyCode())
                + "**: " + i.getStatus().displayName()
                + (i.getParticipantName() != null ? ", " + markdownText(i.getParticipantName()) + " kommer" : "")
                + (i.getReplacementReason() != null ? " (" + markdownText(i.getReplacementReason()) + ")" : ""))
                .collect(Collectors.joining("\n"));
    }
}
