package se.samverkan.cooperation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.validate.ValidationResult;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import se.samverkan.platform.ClockConfiguration;

/**
 * What the agencies receive, read back from GreenMail: the invitation names who invites (agency and coordinator),
 * how to reach them, the reply-by date, the room and the link; its calendar file is parsed and validated with
 * ical4j. The other mails of the cooperation say who sends them and how to reach them too.
 */
class CooperationMailTest extends CooperationTestSupport {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy 'kl.' HH:mm",
            Locale.forLanguageTag("sv-SE"));
    private static final String ROOM = "Elevhälsans rum, Centralskolan";
    private static final String LINK = "https://mote.example.se/samverkan/4711";

    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void theInvitationNamesWhoInvitesHowToReachThemTheReplyByDateTheRoomAndTheLink() throws Exception {
        String pi = startCase();
        assessJoint(pi);
        consent(pi, List.of("socialtjanst", "bup", "vardcentral"));
        ZonedDateTime start = ZonedDateTime.now(ClockConfiguration.SWEDEN).plusDays(7).withHour(10).withMinute(0)
                .withSecond(0).withNano(0);
        assertThat(complete("sara", pi, "inviteToMeeting",
                "meetingAreas", json(List.of("trygg")),
                "invitedAgencies", json(List.of("socialtjanst", "bup")),
                "establishedCareContacts", json(List.of()),
                "meetingStart", start.toOffsetDateTime().toString(),
                "meetingDurationMinutes", 90,
                "meetingPlace", ROOM,
                "meetingLink", LINK).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
        runJobs(pi, "sendInvitations");

        // The reply-by date in the mail is the due date of the answer task in Tasklist: the day before, same time.
        Instant replyBy = answerTask(pi, "socialtjanst").getDueDate().toInstant();
        assertThat(replyBy).isEqualTo(start.minusDays(1).toInstant());

        MimeMessage toSocialServices = sentTo("socialtjanst@kommun.example.se");
        assertThat(toSocialServices.getSubject()).isEqualTo("Inbjudan till samverkansmöte, ärende " + businessKey(pi));
        assertThat(((InternetAddress) toSocialServices.getFrom()[0]).getPersonal()).isEqualTo("Sara Skolgren, Teleborgsskolan");
        assertThat(toSocialServices.getReplyTo()[0].toString()).isEqualTo("sara@demo.samverkan.example.se");
        String text = text(toSocialServices);
        assertThat(text)
                .startsWith("Hej!\n")
                .contains("Sara Skolgren på Teleborgsskolan bjuder in Socialtjänsten Växjö till ett samverkansmöte enligt "
                        + "Kronobarnsmodellen i ärende " + businessKey(pi) + ".")
                .contains("Tid: " + WHEN.format(start) + "–11:30\n")
                .contains("Plats: " + ROOM + "\n")
                .contains("Digitalt möte: " + LINK + "\n")
                .contains("Svara senast " + WHEN.format(replyBy.atZone(ClockConfiguration.SWEDEN))
                        + " i Tasklist, uppgiften \"Svara på inbjudan\": http://samverkan.test/camunda/app/tasklist/")
                .contains("Frågor om mötet: kontakta samordnaren Sara Skolgren på Teleborgsskolan.\n"
                        + "E-post till Sara Skolgren: sara@demo.samverkan.example.se\n"
                        + "Telefon till Teleborgsskolan: 0470-410 10\n"
                        + "E-post till Teleborgsskolan: skola@kommun.example.se\n")
                .endsWith("Med vänlig hälsning\nSara Skolgren\nTeleborgsskolan\n")
                .doesNotContain("Hej Socialtjänsten", "Alva", "Berg", CHILD_PNR);
        // Primary care, invited in place of BUP, is told why.
        assertThat(text(sentTo("vardcentral@region.example.se")))
                .contains("Barnet saknar etablerad vårdkontakt hos Barn- och ungdomspsykiatri (BUP); Vårdcentralen Teleborg bjuds in i stället.");

        Calendar calendar = calendarIn(toSocialServices);
        ValidationResult validation = calendar.validate();
        assertThat(validation.hasErrors()).as(validation.toString()).isFalse();
        assertThat(calendar.getProperty(Property.METHOD).orElseThrow().getValue()).isEqualTo("REQUEST");
        List<VEvent> events = calendar.getComponents("VEVENT");
        assertThat(events).hasSize(1);
        VEvent event = events.get(0);
        assertThat(event.getProperties(Property.DTSTAMP)).hasSize(1);
        assertThat(event.getProperty(Property.LOCATION).orElseThrow().getValue()).isEqualTo(ROOM);
        assertThat(event.getProperty(Property.URL).orElseThrow().getValue()).isEqualTo(LINK);
        assertThat(event.getProperty(Property.DESCRIPTION).orElseThrow().getValue())
                .contains(LINK, "Sara Skolgren på Teleborgsskolan", "0470-410 10", "inte i kalendern");
        assertThat(Instant.from(event.getDateTimeStart().getDate())).isEqualTo(start.toInstant());
        assertThat(Instant.from(event.getDateTimeEnd().getDate())).isEqualTo(start.plusMinutes(90).toInstant());
        Property organizer = event.getProperty(Property.ORGANIZER).orElseThrow();
        assertThat(organizer.getValue()).isEqualTo("mailto:sara@demo.samverkan.example.se");
        assertThat(organizer.getParameter("CN").orElseThrow().getValue()).isEqualTo("Sara Skolgren, Teleborgsskolan");
        List<Property> attendees = event.getProperties(Property.ATTENDEE);
        assertThat(attendees).hasSize(1);
        assertThat(attendees.get(0).getValue()).isEqualTo("mailto:socialtjanst@kommun.example.se");
        assertThat(attendees.get(0).getParameters("RSVP")).isEmpty();
        assertThat(calendar.toString()).doesNotContain("RSVP", "Alva", "Berg");
        // As sent: CRLF line ends, long lines folded (RFC 5545, 3.1). ical4j folds at 75 characters, not octets, so
        // a line with "å", "ä" or "ö" may be a few octets longer; never split inside a character.
        String sent = new String(attachment(toSocialServices, "text/calendar"), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(sent.split("\r\n")).allMatch(line -> line.length() <= 75);
        assertThat(sent).containsPattern("\r\nDESCRIPTION:[^\r\n]*\r\n [^\r\n]").doesNotContainPattern("[^\r]\n");
    }

    @Test
    void theRemindersPlanAndWithdrawalNameTheSenderAndHowToReachEveryone() throws Exception {
        String pi = startCase();
        assessJoint(pi);
        consent(pi, List.of("socialtjanst", "polis"));
        invite("sara", pi, List.of("socialtjanst", "polis"), List.of());
        runJobs(pi, "sendInvitations");
        completeOk("sofia", answerTask(pi, "socialtjanst"), "invitationAnswer", "ACCEPT");
        mail.reset();

        // The coordinator is reminded of who has not answered, with each one's contact path.
        runJobs(pi, "answersMissing");
        runJobs(pi, "remindAboutAnswers");
        MimeMessage reminder = sentTo("skola@kommun.example.se");
        assertThat(text(reminder)).startsWith("Hej Sara Skolgren!\n")
                .contains("som Sara Skolgren på Teleborgsskolan samordnar", "Polisen Växjö\nTelefon till Polisen Växjö: 114 14\n"
                        + "E-post till Polisen Växjö: polis@polisen.example.se\n")
                .doesNotContain("Socialtjänsten");

        // The plan comes from the one who adopted it, with the coordinating agency's contact path.
        runJobs(pi, "meetingTimeReached");
        completeOk("sara", pi, "holdMeeting", "attendingAgencies", json(List.of("socialtjanst")), "familyPresent", true,
                "informationSharingAgreed", true, "discussedAreas", json(List.of("trygg")),
                "childViews", "Alva vill sova bättre.", "guardianViews", "Karin vill ha stöd hemma.");
        completeOk("sara", pi, "adoptChildPlan", planActions(List.of(Map.of("what", "Samtalsstöd",
                "agency", "socialtjanst", "person", "Sofia Socialsekreterare",
                "dueDate", LocalDate.now(ClockConfiguration.SWEDEN).plusDays(30).toString()))));
        mail.reset();
        runJobs(pi, "distributeChildPlan");
        MimeMessage plan = sentTo("socialtjanst@kommun.example.se");
        assertThat(((InternetAddress) plan.getFrom()[0]).getPersonal()).isEqualTo("Sara Skolgren, Teleborgsskolan");
        assertThat(text(plan)).startsWith("Hej!\n").contains("Frågor om planen: kontakta Sara Skolgren på Teleborgsskolan.\n"
                + "E-post till Sara Skolgren: sara@demo.samverkan.example.se\nTelefon till Teleborgsskolan: 0470-410 10\n");

        // A withdrawal tells the parties whom to ask.
        mail.reset();
        startOk("sara", "consentWithdrawal", variables("caseNumber", businessKey(pi), "withdrawnBy", "GUARDIAN_1",
                "withdrawnOn", LocalDate.now(ClockConfiguration.SWEDEN).toString()));
        runJobs(pi, "notifyConsentWithdrawn");
        MimeMessage withdrawn = sentTo("polis@polisen.example.se");
        assertThat(withdrawn.getReplyTo()[0].toString()).isEqualTo("sara@demo.samverkan.example.se");
        assertThat(text(withdrawn)).startsWith("Hej!\n")
                .contains("Frågor: kontakta Sara Skolgren på Teleborgsskolan, som samordnade ärendet.\n", "Telefon till Teleborgsskolan: 0470-410 10")
                .doesNotContain("Karin", "Alva");
    }

    /**
     * A mail cannot be taken back. The invitation job's transaction rolls back after both invitations went out (as
     * when the node dies before the commit, or a later step fails); the retried job sends nothing twice.
     */
    @Test
    void anInvitationSentBeforeTheJobRolledBackIsNotSentAgain() {
        String pi = startCase();
        assessJoint(pi);
        consent(pi, List.of("socialtjanst", "bup", "vardcentral"));
        assertThat(invite("sara", pi, List.of("socialtjanst", "bup"), List.of()).getStatusCode())
                .isEqualTo(HttpStatus.NO_CONTENT);
        String job = engine.getManagementService().createJobQuery().processInstanceId(pi)
                .activityId("sendInvitations").singleResult().getId();
        new TransactionTemplate(transactions).executeWithoutResult(status -> {
            engine.getManagementService().executeJob(job);
            status.setRollbackOnly();
        });
        assertThat(engine.getManagementService().createJobQuery().jobId(job).count()).as("the job is still there").isOne();
        assertThat(invitationsTo(pi)).as("sent before the rollback").isEqualTo(2);

        runJobs(pi, "sendInvitations");

        assertThat(invitationsTo(pi)).as("each agency got its invitation once").isEqualTo(2);
        assertThat(mail.getReceivedMessagesForDomain("socialtjanst@kommun.example.se")).hasSize(1);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(pi).taskDefinitionKey("answerInvitation")
                .count()).isEqualTo(2);
    }

    private long invitationsTo(String pi) {
        return Arrays.stream(mail.getReceivedMessages()).filter(message -> {
            try {
                return message.getSubject().equals("Inbjudan till samverkansmöte, ärende " + businessKey(pi));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).count();
    }

    private MimeMessage sentTo(String address) {
        return Arrays.stream(mail.getReceivedMessagesForDomain(address)).findFirst()
                .orElseThrow(() -> new AssertionError("inget brev till " + address));
    }

    /** The mail's text with the line ends it was written with (SMTP sends CRLF). */
    static String text(MimeMessage message) throws Exception {
        return plainText(message).replace("\r\n", "\n");
    }

    private static String plainText(MimeMessage message) throws Exception {
        if (message.getContent() instanceof String plain) {
            return plain;
        }
        MimeMultipart parts = (MimeMultipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            Part part = parts.getBodyPart(i);
            if (part.isMimeType("multipart/*")) {
                MimeMultipart inner = (MimeMultipart) part.getContent();
                for (int j = 0; j < inner.getCount(); j++) {
                    if (inner.getBodyPart(j).isMimeType("text/plain")) {
                        return (String) inner.getBodyPart(j).getContent();
                    }
                }
            } else if (part.isMimeType("text/plain") && part.getFileName() == null) {
                return (String) part.getContent();
            }
        }
        throw new AssertionError("ingen text i brevet");
    }

    static Calendar calendarIn(MimeMessage message) throws Exception {
        return new CalendarBuilder().build(new ByteArrayInputStream(attachment(message, "text/calendar")));
    }

    static byte[] attachment(MimeMessage message, String type) throws Exception {
        MimeMultipart parts = (MimeMultipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            if (parts.getBodyPart(i).getContentType().startsWith(type)) {
                return parts.getBodyPart(i).getInputStream().readAllBytes();
            }
        }
        throw new AssertionError("ingen bilaga " + type + " i brevet");
    }
}
