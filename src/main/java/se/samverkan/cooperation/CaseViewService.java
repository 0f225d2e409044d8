package se.samverkan.cooperation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import se.samverkan.agency.AgencyRepository;
import se.samverkan.cooperation.CaseView.TaskLink;
import se.samverkan.cooperation.CooperationCodes.WithdrawnBy;
import se.samverkan.platform.ClockConfiguration;
import se.samverkan.platform.CurrentUser;
import se.samverkan.platform.FormRecord;
import se.samverkan.platform.FormRecordRepository;

/**
 * The case view and "Mina ärenden", for the agencies taking part in a case and nobody else. Everything
 * shown comes from the application's tables; the engine only says which of the reader's tasks are open.
 */
@Service
@Transactional(readOnly = true)
public class CaseViewService {

    private static final Locale SWEDISH = Locale.forLanguageTag("sv-SE");
    private static final DateTimeFormatter DAY_AND_TIME = DateTimeFormatter.ofPattern("d MMMM 'kl.' HH:mm", SWEDISH);
    private static final DateTimeFormatter DATE_AND_TIME =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'kl.' HH:mm", SWEDISH);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ChildCaseRepository cases;
    private final CaseParties parties;
    private final ConsentRepository consents;
    private final CooperationMeetingRepository meetings;
    private final ChildPlanRepository plans;
    private final FormRecordRepository records;
    private final AgencyRepository agencies;
    private final WellbeingAreaRepository areas;
    private final TaskService tasks;
    private final RepositoryService repository;
    private final IdentityService identity;
    private final Clock clock;

    public CaseViewService(ChildCaseRepository cases, CaseParties parties, ConsentRepository consents,
            CooperationMeetingRepository meetings, ChildPlanRepository plans, FormRecordRepository records,
            AgencyRepository agencies, WellbeingAreaRepository areas, ProcessEngine engine, Clock clock) {
        this.cases = cases;
        this.parties = parties;
        this.consents = consents;
        this.meetings = meetings;
        this.plans = plans;
        this.records = records;
        this.agencies = agencies;
        this.areas = areas;
        this.tasks = engine.getTaskService();
        this.repository = engine.getRepositoryService();
        this.identity = engine.getIdentityService();
        this.clock = clock;
    }

    /** The case a process instance carries, if the user works in an agency taking part in it. */
    public CaseView viewOfInstance(String processInstanceId, CurrentUser user) {
        return view(cases.findByProcessInstanceId(processInstanceId).orElseThrow(CaseNotFound::new), user);
    }

    /** The case with this number, if the user works in an agency taking part in it. */
    public CaseView viewOfCase(String caseNumber, CurrentUser user) {
        return view(cases.findByCaseNumber(caseNumber).orElseThrow(CaseNotFound::new), user);
    }

    /**
     * "Mina ärenden": the cases the user's agencies take part in, those with an open task of the user's
     * first (oldest task first), then the other open cases, then the ended ones, newest first.
     */
    public List<CaseView.Summary> myCases(CurrentUser user) {
        List<String> groups = user == null ? List.of() : user.groups();
        if (groups.isEmpty()) {
            return List.of();
        }
        List<ChildCase> mine = cases.findTakingPart(groups);
        Map<String, List<Task>> openTasks = openTasks(mine.stream().map(ChildCase::getProcessInstanceId).toList());
        Names names = names();
        Instant now = clock.instant();
        List<CaseView.Summary> summaries = new ArrayList<>();
        Map<CaseView.Summary, Instant> firstTask = new HashMap<>();
        for (ChildCase childCase : mine) {
            List<CooperationMeeting> caseMeetings = meetings.findByCaseIdOrderByMeetingNumber(childCase.getId());
            List<Task> open = openTasks.getOrDefault(childCase.getProcessInstanceId(), List.of());
            CaseView.Summary summary = new CaseView.Summary(childCase.getCaseNumber(), childCase.getChildName(),
                    state(childCase.getStatus(), last(caseMeetings), planVersion(childCase), now),
                    names.agency(childCase.getCoordinatingAgency()), names.principal(childCase.getCoordinatingAgency()),
                    nextMeeting(caseMeetings, now),
                    open.stream().map(t -> new TaskLink(t.getId(), t.getName())).toList(),
                    childCase.getStatus().isOpen());
            open.stream().map(t -> t.getCreateTime().toInstant()).min(Comparator.naturalOrder())
                    .ifPresent(created -> firstTask.put(summary, created));
            summaries.add(summary);
        }
        summaries.sort(Comparator.<CaseView.Summary, Boolean>comparing(s -> !firstTask.containsKey(s))
                .thenComparing(s -> firstTask.getOrDefault(s, Instant.MAX))
                .thenComparing(s -> !s.open()));
        return summaries;
    }

    private CaseView view(ChildCase childCase, CurrentUser user) {
        List<String> groups = user == null ? List.of() : user.groups();
        if (!parties.includeAnyOf(childCase, groups)) {
            // The same answer as for a case that does not exist: nothing tells an outsider a case exists.
            throw new CaseNotFound();
        }
        List<CooperationMeeting> caseMeetings = meetings.findByCaseIdOrderByMeetingNumber(childCase.getId());
        Names names = names();
        Instant now = clock.instant();
        return new CaseView(childCase.getCaseNumber(), childCase.getStatus().displayName(),
                state(childCase.getStatus(), last(caseMeetings), planVersion(childCase), now),
                childCase.getChildName(), childCase.getChildPersonalNumber(),
                childCase.getGuardians().stream().map(g -> new CaseView.Person(g.getName(), g.getContact())).toList(),
                childCase.getNoticed(), names.areas(childCase.getWellbeingAreas()),
                names.agency(childCase.getInitiatingAgency()), names.agency(childCase.getCoordinatingAgency()),
                names.principal(childCase.getCoordinatingAgency()), childCase.getMunicipality(),
                nextMeeting(caseMeetings, now),
                consents.findByCaseIdOrderById(childCase.getId()).stream().map(c -> new CaseView.ConsentView(
                        "ORAL".equals(c.getConsentForm()) ? "Muntligt" : "Skriftligt", c.getGivenOn(),
                        names.agencies(c.getAgencies()), c.getStatement(), c.getWithdrawnOn(), c.getWithdrawnBy()))
                        .toList(),
                caseMeetings.stream().map(m -> meeting(m, names)).toList(),
                plan(childCase, groups, names), steps(childCase),
                openTasks(List.of(childCase.getProcessInstanceId())).getOrDefault(childCase.getProcessInstanceId(),
                        List.of()).stream().map(t -> new TaskLink(t.getId(), t.getName())).toList(),
                withdrawal(childCase));
    }

    /** Where a case stands, in the words staff use; the time of a planned meeting in Swedish time. */
    static String state(CaseStatus status, CooperationMeeting latest, int planVersion, Instant now) {
        return switch (status) {
            case STOPPED -> "Samtycket återkallat";
            case CLOSED -> "Avslutat";
            case NO_CONSENT -> "Inget samtycke";
            case REFERRED -> "Hänvisat till annan verksamhet";
            case NOT_ACTIVATED -> "Eget stöd räcker";
            case NOTICED -> "Behovet bedöms";
            case ACTIVE -> activeState(latest, planVersion, now);
        };
    }

    private static String activeState(CooperationMeeting latest, int planVersion, Instant now) {
        if (latest == null || latest.getStatus() == MeetingStatus.CANCELLED) {
            return "Möte ska bokas";
        }
        if (latest.getStatus() == MeetingStatus.HELD) {
            return planVersion > 0 ? "Plan antagen" : "Barnets plan ska upprättas";
        }
        if (!latest.getStartsAt().isAfter(now)) {
            return "Mötet ska dokumenteras";
        }
        boolean waiting = latest.getInvitations().stream().anyMatch(i -> i.getStatus() == InvitationStatus.PENDING);
        return (waiting ? "Väntar på svar, möte " : "Möte planerat ") + when(latest.getStartsAt(), now);
    }

    /** "12 januari kl. 09:00", with the year when it is not this year's. */
    static String when(Instant at, Instant now) {
        ZonedDateTime time = at.atZone(ClockConfiguration.SWEDEN);
        boolean thisYear = time.getYear() == now.atZone(ClockConfiguration.SWEDEN).getYear();
        return (thisYear ? DAY_AND_TIME : DATE_AND_TIME).format(time);
    }

    private static String nextMeeting(List<CooperationMeeting> caseMeetings, Instant now) {
        CooperationMeeting latest = last(caseMeetings);
        return latest != null && latest.getStatus() == MeetingStatus.PLANNED && latest.getStartsAt().isAfter(now)
                ? when(latest.getStartsAt(), now) : null;
    }

    private static CooperationMeeting last(List<CooperationMeeting> caseMeetings) {
        return caseMeetings.isEmpty() ? null : caseMeetings.get(caseMeetings.size() - 1);
    }

    private int planVersion(ChildCase childCase) {
        List<ChildPlan> versions = plans.findByCaseIdOrderByVersion(childCase.getId());
        return versions.isEmpty() ? 0 : versions.get(versions.size() - 1).getVersion();
    }

    private static CaseView.MeetingView meeting(CooperationMeeting meeting, Names names) {
        return new CaseView.MeetingView(meeting.getMeetingNumber(), CooperationMail.when(meeting),
                CooperationMail.where(meeting), meeting.getStatus().displayName(),
                meeting.getInvitations().stream().map(i -> new CaseView.InvitationView(names.agency(i.getAgencyCode()),
                        i.getStatus().displayName(), i.getParticipantName(),
                        i.getReplacesAgency() == null ? null : names.agency(i.getReplacesAgency()),
                        i.getReplacementReason())).toList());
    }

    private CaseView.PlanView plan(ChildCase childCase, Collection<String> userGroups, Names names) {
        List<ChildPlan> versions = plans.findByCaseIdOrderByVersion(childCase.getId());
        if (versions.isEmpty()) {
            return null;
        }
        ChildPlan current = versions.get(versions.size() - 1);
        return new CaseView.PlanView(current.getVersion(),
                "/api/cases/" + childCase.getCaseNumber() + "/plans/" + current.getVersion() + "/pdf",
                current.getActions().stream().map(a -> new CaseView.ActionView(a.getWhat(),
                        names.agency(a.getAgencyCode()), a.getPerson(), a.getDueDate(),
                        userGroups.contains(a.getAgencyCode()))).toList(),
                versions.subList(0, versions.size() - 1).stream().map(ChildPlan::getVersion).toList());
    }

    /** The forms completed so far, oldest first, with the step's name from the deployed model. */
    private List<CaseView.StepView> steps(ChildCase childCase) {
        if (childCase.getProcessInstanceId() == null) {
            return List.of();
        }
        Map<String, String> stepNames = stepNames();
        Map<String, String> people = new HashMap<>();
        return records.findByProcessInstanceIdOrderById(childCase.getProcessInstanceId()).stream()
                .map(r -> new CaseView.StepView(stepNames.getOrDefault(r.getActivityId(), r.getActivityId()),
                        people.computeIfAbsent(String.valueOf(r.getRecordedBy()), this::personName),
                        DATE_AND_TIME.format(r.getRecordedAt().atZone(ClockConfiguration.SWEDEN)), fields(r)))
                .toList();
    }

    private Map<String, String> stepNames() {
        ProcessDefinition definition = repository.createProcessDefinitionQuery()
                .processDefinitionKey(ChildCooperationProcess.KEY).latestVersion().singleResult();
        Map<String, String> names = new HashMap<>();
        if (definition != null) {
            repository.getBpmnModelInstance(definition.getId()).getModelElementsByType(FlowElement.class)
                    .forEach(element -> names.put(element.getId(), element.getName()));
        }
        return names;
    }

    private String personName(String userId) {
        User person = identity.createUserQuery().userId(userId).singleResult();
        return person == null ? userId : (person.getFirstName() + " " + person.getLastName()).trim();
    }

    private static List<CaseView.Field> fields(FormRecord record) {
        try {
            List<Map<String, String>> rows = JSON.readValue(record.getFields(), new TypeReference<>() { });
            return rows.stream().map(row -> new CaseView.Field(row.get("label"), row.get("value"))).toList();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable form record " + record.getActivityId(), e);
        }
    }

    /** While cooperation is active, any party may register that the child or a guardian withdrew consent. */
    private static CaseView.Withdrawal withdrawal(ChildCase childCase) {
        List<CaseView.Choice> choices = new ArrayList<>();
        choices.add(new CaseView.Choice(WithdrawnBy.CHILD.name(), childCase.getChildName() + " (barnet/ungdomen)"));
        childCase.guardian(1).ifPresent(g ->
                choices.add(new CaseView.Choice(WithdrawnBy.GUARDIAN_1.name(), g.getName() + " (vårdnadshavare)")));
        childCase.guardian(2).ifPresent(g ->
                choices.add(new CaseView.Choice(WithdrawnBy.GUARDIAN_2.name(), g.getName() + " (vårdnadshavare)")));
        return new CaseView.Withdrawal(childCase.getStatus() == CaseStatus.ACTIVE, choices);
    }

    /** The user's open tasks per process instance; the engine's authorization decides which are the user's. */
    private Map<String, List<Task>> openTasks(List<String> processInstanceIds) {
        List<String> ids = processInstanceIds.stream().filter(Objects::nonNull).toList();
        Map<String, List<Task>> open = new LinkedHashMap<>();
        if (!ids.isEmpty()) {
            tasks.createTaskQuery().processInstanceIdIn(ids.toArray(String[]::new)).orderByTaskCreateTime().asc()
                    .list().forEach(t -> open.computeIfAbsent(t.getProcessInstanceId(), k -> new ArrayList<>()).add(t));
        }
        return open;
    }

    private Names names() {
        Map<String, String> agencyNames = new HashMap<>();
        Map<String, String> principals = new HashMap<>();
        agencies.findAll().forEach(a -> {
            agencyNames.put(a.getCode(), a.getName());
            if (a.getPrincipal() != null) {
                principals.put(a.getCode(), a.getPrincipal());
            }
        });
        Map<String, String> areaNames = new HashMap<>();
        areas.findAll().forEach(a -> areaNames.put(a.getCode(), a.getName()));
        return new Names(agencyNames, principals, areaNames);
    }

    private record Names(Map<String, String> agencyNames, Map<String, String> principals, Map<String, String> areaNames) {

        String principal(String code) {
            return code == null ? null : principals.get(code);
        }

        String agency(String code) {
            return Optional.ofNullable(code).map(c -> agencyNames.getOrDefault(c, c)).orElse(null);
        }

        List<String> agencies(List<String> codes) {
            return codes.stream().map(this::agency).toList();
        }

        List<String> areas(List<String> codes) {
            return codes.stream().map(code -> areaNames.getOrDefault(code, code)).toList();
        }
    }

    /** No case for this task or number, or none the user may see. */
    public static class CaseNotFound extends RuntimeException {
    }
}
