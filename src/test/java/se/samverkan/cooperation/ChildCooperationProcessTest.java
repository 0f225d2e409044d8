package se.samverkan.cooperation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import se.samverkan.platform.ClockConfiguration;

/** Every path through "Samverkan kring barn", driven through the REST API as the demo users. */
class ChildCooperationProcessTest extends CooperationTestSupport {

    @Autowired
    CooperationMeetingRepository meetings;

    @Autowired
    ChildPlanRepository plans;

    @Test
    void aCaseGoesFromNoticeThroughTwoMeetingsToClosure() throws Exception {
        String pi = startCase();
        ProcessInstance instance = instance(pi);
        assertThat(instance.getBusinessKey()).matches("SB-\\d{4}-\\d{4}");
        assertThat(instance).isWaitingAt("assessNeed");
        assertThat(task(pi, "assessNeed")).hasCandidateGroup("skola");
        assertThat(instance).variables().containsEntry("childInitials", "A. B.")
                .doesNotContainKeys("childName", "childPersonalNumber", "guardian1Name", "guardian1Contact", "noticed");

        assessJoint(pi);
        consent(pi, List.of("socialtjanst", "bup", "vardcentral", "elevhalsa"));
        assertThat(instance).isWaitingAt("inviteToMeeting");
        assertThat(engine.getRuntimeService().getVariable(pi, "consentStatement")).isEqualTo(
                "Samtycke har lämnats muntligen den " + LocalDate.now(ClockConfiguration.SWEDEN) + " för kontakt med Socialtjänsten Växjö, "
                        + "Barn- och ungdomspsykiatri (BUP), Vårdcentralen Teleborg och Barn- och elevhälsan Teleborg.");

        ResponseEntity<Map> invited = invite("sara", pi, List.of("socialtjanst", "bup"), List.of());
        assertThat(invited.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        CooperationMeeting first = meetings.findByCaseIdOrderByMeetingNumber(childCase(pi).getId()).get(0);
        assertThat(first.invitedAgencies()).containsExactly("socialtjanst", "vardcentral");
        assertThat(first.invitationFor("vardcentral").getReplacesAgency()).isEqualTo("bup");
        assertThat(first.invitationFor("vardcentral").getReplacementReason()).contains("etablerad vårdkontakt");

        runJobs(pi, "sendInvitations");
        MimeMessage[] sent = mail.getReceivedMessages();
        assertThat(sent).hasSize(2);
        assertThat(Arrays.stream(sent).map(this::recipient))
                .containsExactlyInAnyOrder("socialtjanst@kommun.example.se", "vardcentral@region.example.se");
        for (MimeMessage message : sent) {
            assertThat(message.getSubject()).startsWith("Inbjudan till samverkansmöte, ärende SB-");
            Calendar ics = calendarIn(message);
            assertThat(ics.getComponent("VEVENT")).isPresent();
            assertThat(ics.toString()).contains("METHOD:REQUEST").doesNotContain("Alva").doesNotContain("Berg");
        }

        ResponseEntity<Map> missingName = complete("vera", answerTask(pi, "vardcentral"),
                "invitationAnswer", "OTHER_PARTICIPANT");
        assertThat(missingName.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(missingName.getBody()).containsEntry("field", "participantName");
        answer("vera", pi, "vardcentral", "OTHER_PARTICIPANT", "Distriktsläkare Eva Ek");
        answer("sofia", pi, "socialtjanst", "ACCEPT", null);
        completeOk("sara", pi, "prepareMeeting", "preMeetingContact", false);

        assertThat(instance).isWaitingAt("waitForMeeting");
        runJobs(pi, "waitForMeeting");
        assertThat(instance).isWaitingAt("holdMeeting");
        holdMeeting("sara", pi, List.of("socialtjanst", "vardcentral"));
        adoptPlan("sara", pi, List.of(
                action("Samtal med Alva varannan vecka", "socialtjanst", "Sofia Socialsekreterare"),
                action("Föräldrastöd i grupp", "socialtjanst", "Sofia Socialsekreterare"),
                action("Hälsosamtal om sömn", "vardcentral", "Eva Ek")));
        assertThat(engine.getRuntimeService().getVariable(pi, "nextCoordinatingAgency")).isEqualTo("socialtjanst");

        mail.reset();
        runJobs(pi, "distributeChildPlan");
        // One mail to every participating agency (GreenMail keeps a copy per recipient).
        assertThat(Arrays.stream(mail.getReceivedMessages()[0].getAllRecipients()).map(Object::toString))
                .containsExactlyInAnyOrder(
                        "skola@kommun.example.se", "socialtjanst@kommun.example.se", "vardcentral@region.example.se");
        assertThat(mail.getReceivedMessages()[0].getContent().toString())
                .contains("http://samverkan.test/api/cases/" + instance.getBusinessKey() + "/plans/1/pdf");

        completeOk("sara", pi, "decideContinuation", "nextCoordinatingAgency", "socialtjanst",
                "continuation", "NEXT_MEETING", "nextMeetingDate", LocalDate.now(ClockConfiguration.SWEDEN).plusDays(30).toString());
        assertThat(task(pi, "inviteToMeeting")).hasCandidateGroup("socialtjanst");

        // Second meeting, convened by social services.
        assertThat(invite("sofia", pi, List.of("vardcentral", "elevhalsa", "skola"), List.of()).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        runJobs(pi, "sendInvitations");
        answer("vera", pi, "vardcentral", "ACCEPT", null);
        answer("erik", pi, "elevhalsa", "ACCEPT", null);
        answer("rektor", pi, "skola", "ACCEPT", null);
        completeOk("sofia", pi, "prepareMeeting", "preMeetingContact", true, "preMeetingContactWith", "elevhalsa",
                "preMeetingContactReason", "Stämma av om elevhälsan ska delta", "notAPreMeeting", true);
        runJobs(pi, "waitForMeeting");
        holdMeeting("sofia", pi, List.of("vardcentral", "elevhalsa", "skola"));
        adoptPlan("sofia", pi, List.of(action("Anpassad studiegång", "skola", "Rasmus Rektorsson")));
        runJobs(pi, "distributeChildPlan");
        completeOk("sofia", pi, "decideContinuation", "nextCoordinatingAgency", "socialtjanst",
                "continuation", "CLOSE", "closeReason", "GOALS_MET");

        assertThat(instance).isEnded().hasPassed("closeCooperation", "cooperationClosed");
        ChildCase closed = cases.findByCaseNumber(instance.getBusinessKey()).orElseThrow();
        assertThat(closed.getStatus()).isEqualTo(CaseStatus.CLOSED);
        assertThat(closed.getCloseReason()).isEqualTo("GOALS_MET");
        assertThat(plans.findByCaseIdOrderByVersion(closed.getId())).extracting(ChildPlan::getVersion).containsExactly(1, 2);
        assertThat(plans.findByCaseIdOrderByVersion(closed.getId())).allMatch(p -> p.getClosedAt() != null);

        // The printable plan: participants read it; others get the answer of a case that does not exist
        // (no oracle for case numbers); nobody reads it without a login.
        String pdfPath = "/api/cases/" + instance.getBusinessKey() + "/plans/1/pdf";
        ResponseEntity<byte[]> pdf = restAs("vera").getForEntity(pdfPath, byte[].class);
        assertThat(pdf.getStatusCode()).isEqualTo(HttpStatus.OK);
        String text = new PDFTextStripper().getText(Loader.loadPDF(pdf.getBody()));
        assertThat(text).contains(instance.getBusinessKey(), "Samtal med Alva varannan vecka", "Föräldrastöd i grupp",
                "Hälsosamtal om sömn", "Eva Ek", "Socialtjänsten").doesNotContain(CHILD_PNR);
        ResponseEntity<String> outsider = restAs("per").getForEntity(pdfPath, String.class);
        ResponseEntity<String> unknown = restAs("per").getForEntity("/api/cases/SB-1999-9999/plans/1/pdf", String.class);
        assertThat(outsider.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(outsider.getBody()).isEqualTo(unknown.getBody());
        assertThat(http.getForEntity(pdfPath, byte[].class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void ownSupportEndsWithoutActivatingCooperation() {
        String pi = startCase();
        ProcessInstance instance = instance(pi);
        completeOk("sara", pi, "assessNeed", "observations", "Trött på måndagar.", "assessmentOutcome", "OWN_SUPPORT");
        assertThat(instance).isEnded().hasPassed("cooperationNotActivated");
        assertThat(cases.findByCaseNumber(businessKey(pi)).orElseThrow().getStatus()).isEqualTo(CaseStatus.NOT_ACTIVATED);
    }

    @Test
    void anotherAgencyAloneIsAReferralAndContactingItNeedsOralConsent() {
        String pi = startCase();
        ProcessInstance instance = instance(pi);
        completeOk("sara", pi, "assessNeed", "observations", "Behöver samtalsstöd.", "assessmentOutcome", "OTHER_AGENCY");
        ResponseEntity<Map> withoutConsent = complete("sara", pi, "referToAgency",
                "referralAgency", "ungdomsmottagning", "referralWay", "WE_CONTACT");
        assertThat(withoutConsent.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(withoutConsent.getBody()).containsEntry("field", "oralConsentDate");
        completeOk("sara", pi, "referToAgency", "referralAgency", "ungdomsmottagning", "referralWay", "WE_CONTACT",
                "oralConsentDate", LocalDate.now(ClockConfiguration.SWEDEN).toString());
        assertThat(instance).isEnded().hasPassed("referredToOtherAgency");
        ChildCase referred = cases.findByCaseNumber(businessKey(pi)).orElseThrow();
        assertThat(referred.getStatus()).isEqualTo(CaseStatus.REFERRED);
        assertThat(referred.getReferralAgency()).isEqualTo("ungdomsmottagning");
    }

    @Test
    void withoutConsentTheCooperationDoesNotStart() {
        String pi = startCase();
        ProcessInstance instance = instance(pi);
        assessJoint(pi);
        completeOk("sara", pi, "obtainConsent", "consentGiven", "false");
        assertThat(instance).isEnded().hasPassed("cooperationWithoutConsent");
        assertThat(cases.findByCaseNumber(businessKey(pi)).orElseThrow().getStatus()).isEqualTo(CaseStatus.NO_CONSENT);
    }

    @Test
    void moreAgenciesNextTimeNeedAnExtendedConsentFirst() {
        String pi = startCase();
        assessJoint(pi);
        consent(pi, List.of("socialtjanst"));
        runFirstMeeting(pi);
        completeOk("sara", pi, "decideContinuation", "nextCoordinatingAgency", "skola", "continuation", "EXTEND_CONSENT",
                "nextMeetingDate", LocalDate.now(ClockConfiguration.SWEDEN).plusDays(20).toString());
        assertThat(instance(pi)).isWaitingAt("extendConsent");
        completeOk("sara", pi, "extendConsent", "consentForm", "WRITTEN",
                "consentDate", LocalDate.now(ClockConfiguration.SWEDEN).toString(), "consentingGuardians", "Karin Berg",
                "additionalAgencies", json(List.of("polis")));
        assertThat(invite("sara", pi, List.of("polis"), List.of()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    }

    @Test
    void unansweredInvitationsRemindTheCoordinatorAndTheMeetingTimeEndsTheWaiting() throws Exception {
        String pi = startCase();
        assessJoint(pi);
        consent(pi, List.of("socialtjanst", "polis"));
        invite("sara", pi, List.of("socialtjanst", "polis"), List.of());
        runJobs(pi, "sendInvitations");
        answer("sofia", pi, "socialtjanst", "ACCEPT", null);
        mail.reset();

        runJobs(pi, "answersMissing");
        runJobs(pi, "remindAboutAnswers");
        assertThat(mail.getReceivedMessages()).hasSize(1);
        assertThat(recipient(mail.getReceivedMessages()[0])).isEqualTo("skola@kommun.example.se");
        assertThat(mail.getReceivedMessages()[0].getContent().toString()).contains("Polisen").doesNotContain("Socialtjänsten");

        runJobs(pi, "meetingTimeReached");
        assertThat(instance(pi)).isWaitingAt("holdMeeting");
        assertThat(answerTask(pi, "polis")).isNull();

        mail.reset();
        runJobs(pi, "meetingRecordMissing");
        runJobs(pi, "remindAboutMeetingRecord");
        assertThat(mail.getReceivedMessages()).hasSize(1);
        assertThat(mail.getReceivedMessages()[0].getSubject()).startsWith("Mötesanteckningar saknas");
        assertThat(instance(pi)).isWaitingAt("holdMeeting");
    }

    @Test
    void aMailOutageBecomesARetriedJobNeverALostInvitation() {
        String pi = startCase();
        assessJoint(pi);
        consent(pi, List.of("socialtjanst"));
        assertThat(invite("sara", pi, List.of("socialtjanst"), List.of()).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        mail.stop();
        try {
            Job job = engine.getManagementService().createJobQuery().processInstanceId(pi).activityId("sendInvitations")
                    .singleResult();
            assertThatThrownBy(() -> engine.getManagementService().executeJob(job.getId())).isNotNull();
            Job failed = engine.getManagementService().createJobQuery().jobId(job.getId()).singleResult();
            assertThat(failed.getRetries()).isEqualTo(4);
            assertThat(failed.getDuedate()).isAfter(java.util.Date.from(java.time.Instant.now().plusSeconds(9 * 60)));
            // The coordinator's completed task stays completed; the invitation waits to be sent.
            assertThat(instance(pi)).isWaitingAt("sendInvitations").hasPassed("inviteToMeeting");
        } finally {
            mail.start();
        }
        runJobs(pi, "sendInvitations");
        assertThat(mail.getReceivedMessages()).hasSize(1);
        assertThat(instance(pi)).isWaitingAt("answerInvitation", "prepareMeeting");
    }

    @Test
    void afterAWithdrawalThePlanIsGoneForEveryParty() {
        String pi = startCase();
        assessJoint(pi);
        consent(pi, List.of("socialtjanst"));
        runFirstMeeting(pi);
        String pdfPath = "/api/cases/" + businessKey(pi) + "/plans/1/pdf";
        assertThat(restAs("sofia").getForEntity(pdfPath, byte[].class).getStatusCode()).isEqualTo(HttpStatus.OK);

        startOk("sara", "consentWithdrawal", variables(
                "caseNumber", businessKey(pi), "withdrawnBy", "GUARDIAN_1",
                "withdrawnOn", LocalDate.now(ClockConfiguration.SWEDEN).toString()));

        for (String party : List.of("sara", "sofia")) {
            ResponseEntity<String> gone = restAs(party).getForEntity(pdfPath, String.class);
            assertThat(gone.getStatusCode()).as(party).isEqualTo(HttpStatus.GONE);
            assertThat(gone.getBody()).isEqualTo("Samtycket har återkallats och Barnets plan är stängd.");
        }
        // An outsider still cannot tell the case exists.
        assertThat(restAs("per").getForEntity(pdfPath, String.class).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aFirstMeetingPastTheTargetRemindsTheCoordinatorUntilTheMeetingBegins() {
        String pi = startCase();
        assessJoint(pi);
        consent(pi, List.of("socialtjanst"));
        LocalDate today = LocalDate.now(ClockConfiguration.SWEDEN);
        Job target = engine.getManagementService().createJobQuery().processInstanceId(pi)
                .activityId("firstMeetingTargetPassed").singleResult();
        // 21 days from the consent is the last good day; the reminder comes the morning after.
        assertThat(target.getDuedate().toInstant())
                .isEqualTo(today.plusDays(22).atTime(7, 0).atZone(ClockConfiguration.SWEDEN).toInstant());
        assertThat(engine.getRuntimeService().getVariable(pi, "firstMeetingLastDay")).isEqualTo(today.plusDays(21).toString());
        assertThat(tasks(pi, "followUpFirstMeeting")).isEmpty();

        runJobs(pi, "firstMeetingTargetPassed");
        Task reminder = task(pi, "followUpFirstMeeting");
        assertThat(reminder).hasCandidateGroup("skola");
        ResponseEntity<Map> unknownReason = complete("sara", reminder, "firstMeetingDelay", "SOMETHING_ELSE");
        assertThat(unknownReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(unknownReason.getBody()).containsEntry("field", "firstMeetingDelay");
        ResponseEntity<Map> handOver = complete("sara", reminder, "firstMeetingDelay", "BOOKED_LATER",
                "coordinatingAgency", "polis");
        assertThat(handOver.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(handOver.getBody()).containsEntry("field", "coordinatingAgency");
        assertThat(task(pi, "followUpFirstMeeting").getId()).isEqualTo(reminder.getId());

        // The coordinator books the meeting but leaves the reminder; when the meeting begins it goes away.
        runFirstMeeting(pi);
        assertThat(tasks(pi, "followUpFirstMeeting")).isEmpty();
        assertThat(instance(pi)).hasPassed("firstMeetingBegunLate", "firstMeetingHeldLate")
                .hasNotPassed("firstMeetingFollowedUp", "firstMeetingTargetMet");
        assertThat(engine.getRuntimeService().getVariable(pi, "coordinatingAgency")).isEqualTo("skola");
    }

    @Test
    void theReasonForALateFirstMeetingIsRecordedAndAMeetingInTimeNeedsNoReminder() {
        String late = startCase();
        assessJoint(late);
        consent(late, List.of("socialtjanst"));
        runJobs(late, "firstMeetingTargetPassed");
        completeOk("sara", late, "followUpFirstMeeting", "firstMeetingDelay", "FAMILY_UNAVAILABLE");
        assertThat(instance(late)).hasPassed("firstMeetingFollowedUp").isWaitingAt("inviteToMeeting");
        assertThat(engine.getRuntimeService().getVariable(late, "firstMeetingDelay")).isEqualTo("FAMILY_UNAVAILABLE");

        String inTime = startCase();
        assessJoint(inTime);
        consent(inTime, List.of("socialtjanst"));
        runFirstMeeting(inTime);
        assertThat(instance(inTime)).hasPassed("firstMeetingBegun", "firstMeetingTargetMet")
                .hasNotPassed("followUpFirstMeeting");
        assertThat(engine.getManagementService().createJobQuery().processInstanceId(inTime)
                .activityId("firstMeetingTargetPassed").count()).isZero();
    }

    void runFirstMeeting(String pi) {
        invite("sara", pi, List.of("socialtjanst"), List.of());
        runJobs(pi, "sendInvitations");
        answer("sofia", pi, "socialtjanst", "ACCEPT", null);
        completeOk("sara", pi, "prepareMeeting", "preMeetingContact", false);
        runJobs(pi, "waitForMeeting");
        holdMeeting("sara", pi, List.of("socialtjanst"));
        adoptPlan("sara", pi, List.of(action("Samtalsstöd", "socialtjanst", "Sofia Socialsekreterare")));
        runJobs(pi, "distributeChildPlan");
    }

    void answer(String user, String pi, String agency, String answer, String participant) {
        completeOk(user, answerTask(pi, agency), "invitationAnswer", answer, "participantName", participant);
    }

    void holdMeeting(String user, String pi, List<String> attending) {
        completeOk(user, pi, "holdMeeting", "attendingAgencies", json(attending), "familyPresent", true,
                "informationSharingAgreed", true, "discussedAreas", json(List.of("trygg")),
                "childViews", "Alva vill sova bättre och vara i skolan.", "guardianViews", "Karin vill ha stöd hemma.");
    }

    void adoptPlan(String user, String pi, List<Map<String, String>> actions) {
        completeOk(user, pi, "adoptChildPlan", planActions(actions));
    }

    static Map<String, String> action(String what, String agency, String person) {
        return Map.of("what", what, "agency", agency, "person", person,
                "dueDate", LocalDate.now(ClockConfiguration.SWEDEN).plusDays(60).toString());
    }

    String recipient(MimeMessage message) {
        try {
            return message.getAllRecipients()[0].toString();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    Calendar calendarIn(MimeMessage message) throws Exception {
        MimeMultipart parts = (MimeMultipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).getContentType().startsWith("text/calendar")) {
                return new CalendarBuilder().build(new ByteArrayInputStream(
                        parts.getBodyPart(i).getInputStream().readAllBytes()));
            }
        }
        throw new AssertionError("ingen kalenderinbjudan i brevet");
    }
}
