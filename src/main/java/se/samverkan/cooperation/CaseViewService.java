package se.samverkan.cooperation;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverkan.agency.AgencyRepository;

/** The case view, for the agencies taking part in the case and nobody else. */
@Service
@Transactional(readOnly = true)
public class CaseViewService {

    private final ChildCaseRepository cases;
    private final ConsentRepository consents;
    private final CooperationMeetingRepository meetings;
    private final ChildPlanRepository plans;
    private final AgencyRepository agencies;
    private final WellbeingAreaRepository areas;

    public CaseViewService(ChildCaseRepository cases, ConsentRepository consents, CooperationMeetingRepository meetings,
            ChildPlanRepository plans, AgencyRepository agencies, WellbeingAreaRepository areas) {
        this.cases = cases;
        this.consents = consents;
        this.meetings = meetings;
        this.plans = plans;
        this.agencies = agencies;
        this.areas = areas;
    }

    /** The case a process instance carries, if the user works in an agency taking part in it. */
    public CaseView view(String processInstanceId, Collection<String> userGroups) {
        ChildCase childCase = cases.findByProcessInstanceId(processInstanceId).orElseThrow(CaseNotFound::new);
        List<CooperationMeeting> caseMeetings = meetings.findByCaseIdOrderByMeetingNumber(childCase.getId());
        if (userGroups.stream().noneMatch(takingPart(childCase, caseMeetings)::contains)) {
            // The same answer as for a task without a case: nothing tells an outsider a case exists.
            throw new CaseNotFound();
        }
        Map<String, String> agencyNames = new LinkedHashMap<>();
        agencies.findAll().forEach(a -> agencyNames.put(a.getCode(), a.getName()));
        Map<String, String> areaNames = new LinkedHashMap<>();
        areas.findAll().forEach(a -> areaNames.put(a.getCode(), a.getName()));
        return new CaseView(childCase.getCaseNumber(), childCase.getStatus().displayName(), childCase.getChildName(),
                childCase.getChildPersonalNumber(),
                childCase.getGuardians().stream().map(g -> new CaseView.Person(g.getName(), g.getContact())).toList(),
                childCase.getNoticed(), names(childCase.getWellbeingAreas(), areaNames),
                agencyNames.get(childCase.getInitiatingAgency()), agencyNames.get(childCase.getCoordinatingAgency()),
                consents.findByCaseIdOrderById(childCase.getId()).stream().map(c -> new CaseView.ConsentView(
                        "ORAL".equals(c.getConsentForm()) ? "Muntligt" : "Skriftligt", c.getGivenOn(),
                        names(c.getAgencies(), agencyNames), c.getStatement(), c.getWithdrawnOn())).toList(),
                caseMeetings.stream().map(m -> meeting(m, agencyNames)).toList(),
                plan(childCase, userGroups, agencyNames));
    }

    /** The initiating and coordinating agencies, and every agency invited to or attending a meeting. */
    static Set<String> takingPart(ChildCase childCase, List<CooperationMeeting> caseMeetings) {
        Set<String> agencies = new LinkedHashSet<>();
        agencies.add(childCase.getInitiatingAgency());
        agencies.add(childCase.getCoordinatingAgency());
        caseMeetings.forEach(m -> {
            agencies.addAll(m.invitedAgencies());
            agencies.addAll(m.getAttendingAgencies());
        });
        return agencies;
    }

    private static CaseView.MeetingView meeting(CooperationMeeting meeting, Map<String, String> agencyNames) {
        return new CaseView.MeetingView(meeting.getMeetingNumber(), CooperationMail.when(meeting),
                CooperationMail.where(meeting), meetingStatus(meeting.getStatus()),
                meeting.getInvitations().stream().map(i -> new CaseView.InvitationView(agencyNames.get(i.getAgencyCode()),
                        i.getStatus().displayName(), i.getParticipantName(),
                        i.getReplacesAgency() == null ? null : agencyNames.get(i.getReplacesAgency()),
                        i.getReplacementReason())).toList());
    }

    private static String meetingStatus(MeetingStatus status) {
        return switch (status) {
            case PLANNED -> "Planerat";
            case HELD -> "Genomfört";
            case CANCELLED -> "Inställt";
        };
    }

    private CaseView.PlanView plan(ChildCase childCase, Collection<String> userGroups, Map<String, String> agencyNames) {
        List<ChildPlan> versions = plans.findByCaseIdOrderByVersion(childCase.getId());
        if (versions.isEmpty()) {
            return null;
        }
        ChildPlan current = versions.get(versions.size() - 1);
        return new CaseView.PlanView(current.getVersion(),
                "/api/cases/" + childCase.getCaseNumber() + "/plans/" + current.getVersion() + "/pdf",
                current.getActions().stream().map(a -> new CaseView.ActionView(a.getWhat(),
                        agencyNames.get(a.getAgencyCode()), a.getPerson(), a.getDueDate(),
                        userGroups.contains(a.getAgencyCode()))).toList(),
                versions.subList(0, versions.size() - 1).stream().map(ChildPlan::getVersion).toList());
    }

    private static List<String> names(List<String> codes, Map<String, String> names) {
        return codes.stream().map(code -> names.getOrDefault(code, code)).toList();
    }

    /** No case for this task, or none the user may see. */
    public static class CaseNotFound extends RuntimeException {
    }
}
