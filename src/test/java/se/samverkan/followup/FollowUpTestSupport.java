package se.samverkan.followup;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.samverkan.SamverkanTestSupport;
import se.samverkan.platform.ClockConfiguration;

/**
 * A seeded quarter for Uppföljning: cases pass through the real process ("Samverkan kring barn") with the
 * engine clock moved into a past year that no other test uses; the clock is set back after each test.
 */
public abstract class FollowUpTestSupport extends SamverkanTestSupport {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(MAIL_PORT, null, ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    public record Seeded(String c5, String c6) {
    }

    /**
     * Twelve cases noticed on 1 April of the year: six joint cooperations (C1–C6), two where the school's own support
     * is enough and one where the social services' is, one referred, one without consent, and the preschool's
     * one still being assessed. Consent days after notice 1, 2, 3, 4, 5, 10; first meeting days after consent 10, 14, 18, 20,
     * 25, 30; plan days after the meeting 0, 0, 1, 2, 3, 7. C1 and C2 meet again after 31 and 33 days; C1, C3
     * and C5 close, C4's consent is withdrawn.
     */
    public Seeded seedSecondQuarter(int year, String municipality) {
        at(year, 4, 1, 9);
        seedTeamMeeting(year, municipality);
        String[] c = new String[6];
        for (int i = 0; i < 6; i++) {
            c[i] = startCase("sara", "skola");
            completeOk("sara", c[i], "assessNeed", "observations", "Hög frånvaro.",
                    "wellbeingAreas", json(List.of("trygg")), "assessmentOutcome", "JOINT");
        }
        for (String own : List.of(startCase("sara", "skola"), startCase("sara", "skola"))) {
            completeOk("sara", own, "assessNeed", "observations", "Trött.", "assessmentOutcome", "OWN_SUPPORT");
        }
        String social = startCase("sofia", "socialtjanst");
        completeOk("sofia", social, "assessNeed", "observations", "Oro.", "assessmentOutcome", "OWN_SUPPORT");
        String referred = startCase("sara", "skola");
        completeOk("sara", referred, "assessNeed", "observations", "Samtal.", "assessmentOutcome", "OTHER_AGENCY");
        completeOk("sara", referred, "referToAgency", "referralAgency", "ungdomsmottagning",
                "referralWay", "FAMILY_CONTACTS");
        String noConsent = startCase("sara", "skola");
        completeOk("sara", noConsent, "assessNeed", "observations", "Oro.",
                "wellbeingAreas", json(List.of("trygg")), "assessmentOutcome", "JOINT");
        completeOk("sara", noConsent, "obtainConsent", "consentGiven", "false");
        // The preschool's case is still being assessed (a preschool task, so the school's Tasklist is as before).
        startCase("frida", "forskola");

        at(year, 4, 11, 9);
        int[] consentDay = {2, 3, 4, 5, 6, 11};
        int[][] meetingDay = {{4, 12}, {4, 17}, {4, 22}, {4, 25}, {5, 1}, {5, 11}};
        for (int i = 0; i < 6; i++) {
            completeOk("sara", c[i], "obtainConsent", "consentGiven", "true", "consentForm", "ORAL",
                    "consentDate", LocalDate.of(year, 4, consentDay[i]).toString(), "consentingGuardians", "Karin Berg",
                    "childConsent", "GIVEN", "consentedAgencies", json(List.of("socialtjanst")));
            convene(c[i], LocalDate.of(year, meetingDay[i][0], meetingDay[i][1]));
        }

        at(year, 4, 12, 12);
        holdAndAdopt(c[0], true, true);
        decide(c[0], "NEXT_MEETING", "nextMeetingDate", year + "-05-13");
        convene(c[0], LocalDate.of(year, 5, 13));

        at(year, 4, 17, 12);
        holdAndAdopt(c[1], true, true);
        decide(c[1], "NEXT_MEETING", "nextMeetingDate", year + "-05-20");
        convene(c[1], LocalDate.of(year, 5, 20));

        at(year, 4, 22, 12);
        hold(c[2], false, false);
        at(year, 4, 23, 12);
        adopt(c[2]);
        decide(c[2], "CLOSE", "closeReason", "NEED_PASSED");

        at(year, 4, 25, 12);
        hold(c[3], true, true);
        at(year, 4, 27, 12);
        adopt(c[3]);

        at(year, 5, 1, 12);
        hold(c[4], true, false);
        at(year, 5, 2, 12);
        startOk("sara", "consentWithdrawal", variables("caseNumber", businessKey(c[3]), "withdrawnBy", "GUARDIAN_1",
                "withdrawnOn", year + "-05-02"));
        at(year, 5, 4, 12);
        adopt(c[4]);
        decide(c[4], "CLOSE", "closeReason", "FAMILY_DECLINED");

        at(year, 5, 11, 12);
        hold(c[5], true, true);
        at(year, 5, 13, 12);
        holdAndAdopt(c[0], true, true);
        decide(c[0], "CLOSE", "closeReason", "GOALS_MET");
        at(year, 5, 18, 12);
        adopt(c[5]);
        at(year, 5, 20, 12);
        holdAndAdopt(c[1], true, true);
        return new Seeded(businessKey(c[4]), businessKey(c[5]));
    }

    /**
     * A new Samverkansteam in the municipality meets on 20 April with five pre-registered cases; Försäkringskassan
     * and the municipality send their members, Arbetsförmedlingen its deputy, the region nobody; two cases are to be
     * followed up.
     */
    void seedTeamMeeting(int year, String municipality) {
        List<Object> setup = new java.util.ArrayList<>(List.of("municipality", municipality,
                "firstMeeting", ZonedDateTime.of(LocalDate.of(year, 4, 20), LocalTime.of(9, 0), ClockConfiguration.SWEDEN)
                        .toOffsetDateTime().toString(),
                "meetingPlace", "Kommunhuset", "registrationDaysBefore", 7, "localPlan", "Vi träffas var fjärde vecka."));
        for (String party : List.of("forsakringskassan", "arbetsformedlingen", "kommunen", "regionen")) {
            setup.addAll(List.of(party + "MemberName", "Ledamot", party + "MemberEmail", party + "@team.example.se",
                    party + "DeputyName", "Ersättare", party + "DeputyEmail", party + ".ersattare@team.example.se"));
        }
        String pi = startOk("lena", "teamMeetingCycle", variables(setup.toArray()));
        String team = businessKey(pi);
        runJob(pi, "registrationOpens");
        runJob(pi, "openRegistration");
        for (int i = 1; i <= 5; i++) {
            startOk("lena", "teamCase", variables("team", team, "caseType", "QUESTION", "raisingParty", "KOMMUNEN",
                    "question", "Fråga " + i + " om samordning"));
        }
        runJob(pi, "registrationClosed");
        completeOk("lena", engine.getTaskService().createTaskQuery().processInstanceId(pi).singleResult(),
                "theme", "Unga utan sysselsättning");
        runJob(pi, "sendNotice");
        at(year, 4, 20, 12);
        runJob(pi, "teamMeetingStarts");
        List<Object> record = new java.util.ArrayList<>(List.of("forsakringskassanPresence", "MEMBER",
                "arbetsformedlingenPresence", "DEPUTY", "kommunenPresence", "MEMBER", "regionenPresence", "ABSENT",
                "nextConvening", "TEAM", "teamContinues", "true"));
        for (int i = 1; i <= 5; i++) {
            record.addAll(List.of("case" + i + "Problem", "Problem " + i, "case" + i + "FollowUp", i <= 2));
        }
        completeOk("lena", engine.getTaskService().createTaskQuery().processInstanceId(pi).singleResult(),
                record.toArray());
        runJob(pi, "sendMinutes");
        at(year, 4, 1, 9);
    }

    String startCase(String user, String agency) {
        return startOk(user, "childCooperation", variables(
                "initiatingAgency", agency, "childName", "Alva Berg", "childPersonalNumber", "20150314-1234",
                "guardian1Name", "Karin Berg", "guardian1Contact", "070-123 45 67",
                "noticed", "Alva är ofta trött och ledsen."));
    }

    /** Invites the social services to a meeting at 10:00 that day; they accept, the school prepares. */
    void convene(String pi, LocalDate day) {
        completeOk("sara", pi, "inviteToMeeting", "meetingAreas", json(List.of("trygg")),
                "invitedAgencies", json(List.of("socialtjanst")), "establishedCareContacts", json(List.of()),
                "meetingStart", day.atTime(10, 0).atZone(ClockConfiguration.SWEDEN).toOffsetDateTime().toString(),
                "meetingDurationMinutes", 60, "meetingPlace", "Skolan");
        runJobs(pi, "sendInvitations");
        completeOk("sofia", engine.getTaskService().createTaskQuery().processInstanceId(pi)
                .taskDefinitionKey("answerInvitation").singleResult(), "invitationAnswer", "ACCEPT");
        completeOk("sara", pi, "prepareMeeting", "preMeetingContact", false);
    }

    void hold(String pi, boolean childViews, boolean guardianViews) {
        runJobs(pi, "waitForMeeting");
        List<Object> fields = new java.util.ArrayList<>(List.of("attendingAgencies", json(List.of("socialtjanst")),
                "familyPresent", true, "informationSharingAgreed", true, "discussedAreas", json(List.of("trygg"))));
        if (childViews) {
            fields.addAll(List.of("childViews", "Alva vill sova bättre."));
        }
        if (guardianViews) {
            fields.addAll(List.of("guardianViews", "Karin vill ha stöd."));
        }
        if (!childViews || !guardianViews) {
            fields.addAll(List.of("viewsMissingReason", "Familjen kunde inte komma."));
        }
        completeOk("sara", pi, "holdMeeting", fields.toArray());
    }

    void adopt(String pi) {
        completeOk("sara", pi, "adoptChildPlan", "action1What", "Samtalsstöd", "action1Agency", "socialtjanst",
                "action1Person", "Sofia Socialsekreterare",
                "action1DueDate", LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ClockConfiguration.SWEDEN)
                        .plusDays(60).toString());
        runJobs(pi, "distributeChildPlan");
    }

    void holdAndAdopt(String pi, boolean childViews, boolean guardianViews) {
        hold(pi, childViews, guardianViews);
        adopt(pi);
    }

    void decide(String pi, String continuation, String field, String value) {
        completeOk("sara", pi, "decideContinuation", "nextCoordinatingAgency", "skola", "continuation", continuation,
                field, value);
    }

    static void at(int year, int month, int day, int hour) {
        ClockUtil.setCurrentTime(Date.from(ZonedDateTime.of(LocalDate.of(year, month, day), LocalTime.of(hour, 0),
                ClockConfiguration.SWEDEN).toInstant()));
    }

}
