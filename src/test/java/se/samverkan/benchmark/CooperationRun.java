package se.samverkan.benchmark;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;

/**
 * The full "Samverkan kring barn" case, as ChildCooperationProcessTest drives it: Sara (skola) notices a
 * need, assesses, records consent and invites social services and BUP (no care contact, so the
 * vårdcentral instead); Sofia and Vera answer; Sara prepares, holds the meeting, adopts the plan and
 * closes. Nine user tasks, each found and completed through the REST API as its user.
 *
 * The mail jobs (invitations, the plan) run on the job executor, as in production; the harness waits
 * for the next task (Java API, not counted as task time). The meeting is a week ahead: its timer job is
 * executed by the harness (as the tests do), standing for the week that passes.
 */
final class CooperationRun {

    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    static final int USER_TASKS = 9;

    private final EngineRest rest;
    private final TaskService tasks;
    private final ManagementService management;
    private final ProcessEngine engine;
    final Samples start = new Samples();
    final Samples task = new Samples();
    final Samples jobWait = new Samples();
    final Samples timer = new Samples();
    final AtomicInteger closed = new AtomicInteger();
    long wallNanos;
    int cases;

    CooperationRun(EngineRest rest, ProcessEngine engine) {
        this.rest = rest;
        this.engine = engine;
        this.tasks = engine.getTaskService();
        this.management = engine.getManagementService();
    }

    CooperationRun run(int count, int workers) {
        cases = count;
        wallNanos = Workers.run(count, workers, i -> one());
        return this;
    }

    private void one() {
        String pi = start.time(() -> startCase(rest));
        complete("sara", pi, "assessNeed", null, ASSESS_NEED);
        complete("sara", pi, "obtainConsent", null, obtainConsent());
        complete("sara", pi, "inviteToMeeting", null, inviteToMeeting());
        awaitTasks(pi, "answerInvitation", 2);
        complete("sofia", pi, "answerInvitation", "socialtjanst", "invitationAnswer", "ACCEPT");
        complete("vera", pi, "answerInvitation", "vardcentral",
                "invitationAnswer", "OTHER_PARTICIPANT", "participantName", "Distriktsläkare Eva Ek");
        complete("sara", pi, "prepareMeeting", null, "preMeetingContact", false);
        timer.time(() -> {
            Job meeting = management.createJobQuery().processInstanceId(pi).activityId("waitForMeeting").singleResult();
            management.executeJob(meeting.getId());
            return null;
        });
        complete("sara", pi, "holdMeeting", null,
                "attendingAgencies", List.of("socialtjanst", "vardcentral"), "familyPresent", true,
                "informationSharingAgreed", true, "discussedAreas", List.of("trygg"),
                "childViews", "Alva vill sova bättre och vara i skolan.", "guardianViews", "Karin vill ha stöd hemma.");
        String due = LocalDate.now(SWEDEN).plusDays(60).toString();
        complete("sara", pi, "adoptChildPlan", null,
                "action1What", "Samtal med Alva varannan vecka", "action1Agency", "socialtjanst",
                "action1Person", "Sofia Socialsekreterare", "action1DueDate", due,
                "action2What", "Hälsosamtal om sömn", "action2Agency", "vardcentral",
                "action2Person", "Eva Ek", "action2DueDate", due);
        awaitTasks(pi, "decideContinuation", 1);
        complete("sara", pi, "decideContinuation", null, "nextCoordinatingAgency", "socialtjanst",
                "continuation", "CLOSE", "closeReason", "GOALS_MET");
        HistoricProcessInstance done = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(pi).singleResult();
        if (!HistoricProcessInstance.STATE_COMPLETED.equals(done.getState())) {
            throw new IllegalStateException("case " + pi + " did not reach closure: " + done.getState());
        }
        closed.incrementAndGet();
    }

    /** The case Sara starts (the reliability run starts the same case). */
    static String startCase(EngineRest rest) {
        return rest.start("sara", "childCooperation", rest.variables(
                "initiatingAgency", "skola",
                "childName", "Alva Berg",
                "childPersonalNumber", "20150314-1234",
                "guardian1Name", "Karin Berg", "guardian1Contact", "070-123 45 67",
                "noticed", "Alva är ofta trött och ledsen och har hög frånvaro."));
    }

    static final Object[] ASSESS_NEED = {
            "observations", "Hög frånvaro, trötthet.",
            "childAndGuardianAccount", "Alva berättar att hon sover dåligt.",
            "wellbeingAreas", List.of("trygg", "ma-bra"),
            "assessmentOutcome", "JOINT"};

    static Object[] obtainConsent() {
        return new Object[] {"consentGiven", "true", "consentForm", "ORAL",
                "consentDate", LocalDate.now(SWEDEN).toString(),
                "consentingGuardians", "Karin Berg", "childConsent", "GIVEN",
                "consentedAgencies", List.of("socialtjanst", "bup", "vardcentral", "elevhalsa")};
    }

    /** Social services and BUP invited; without a care contact BUP is replaced by the vårdcentral: two invitations. */
    static Object[] inviteToMeeting() {
        return new Object[] {"meetingAreas", List.of("trygg", "ma-bra"),
                "invitedAgencies", List.of("socialtjanst", "bup"),
                "establishedCareContacts", List.of(),
                "meetingStart", ZonedDateTime.now(SWEDEN).plusDays(7).withHour(10).withMinute(0).withSecond(0)
                        .withNano(0).toOffsetDateTime().toString(),
                "meetingDurationMinutes", 90,
                "meetingPlace", "Elevhälsans rum, Centralskolan"};
    }

    /** One user task: found as the user (as Tasklist lists it) and completed, timed together. */
    private void complete(String user, String pi, String key, String candidateGroup, Object... variables) {
        task.time(() -> {
            JsonNode found = rest.findTask(user, pi, key, candidateGroup);
            if (found == null) {
                throw new IllegalStateException(user + " finds no task " + key + " in " + pi);
            }
            rest.complete(user, found.get("id").asText(), rest.variables(variables));
            return null;
        });
    }

    /** Waits for the job executor to have run the mail job that comes before these tasks. */
    private void awaitTasks(String pi, String key, int count) {
        long begin = System.nanoTime();
        while (tasks.createTaskQuery().processInstanceId(pi).taskDefinitionKey(key).count() < count) {
            if (System.nanoTime() - begin > 120_000_000_000L) {
                throw new IllegalStateException("no task " + key + " in " + pi + " after two minutes; jobs: "
                        + management.createJobQuery().processInstanceId(pi).list());
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        jobWait.addNanos(System.nanoTime() - begin);
    }

    double casesPerSecond() {
        return cases / (wallNanos / 1e9);
    }
}
