package se.samverkan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.samverkan.SamverkanTestSupport;
import se.samverkan.platform.ClockConfiguration;

/**
 * Following a case in Tasklist, in headless Chromium: Mina ärenden, the case page and its tab, the
 * coordinator's "Förbered" with the answers, Barnets plan without a second login, and a withdrawal.
 * Screenshots go to target/browser/; the README's pictures of these pages come from here.
 */
class CaseBrowserTest extends SamverkanTestSupport {

    @RegisterExtension
    static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(MAIL_PORT, null, ServerSetup.PROTOCOL_SMTP))
            .withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());

    @LocalServerPort
    int port;

    private WebDriver browser;
    private WebDriverWait wait;
    private String testName;

    @BeforeEach
    void openBrowser(TestInfo info) throws IOException {
        browser = Chromium.swedish("--window-size=1400,1100");
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        testName = info.getTestMethod().orElseThrow().getName();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void saraFindsHerCaseInMinaArendenAndSofiaSeesTheChildInHerInvitation() throws IOException {
        String pi = startCase("Ida Sund");
        String caseNumber = businessKey(pi);
        logIn("sara");
        click(By.xpath("//a[normalize-space()='Mina ärenden']"));
        WebElement row = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//table[contains(@class,'samverkan-cases')]//tr[.//a[normalize-space()='" + caseNumber + "']]")));
        assertThat(row.getText()).contains("Ida Sund", "Behovet bedöms", "Teleborgsskolan", "Bedöm behov av samverkan");
        screenshot("mina-arenden");
        click(By.xpath("//a[normalize-space()='" + caseNumber + "']"));
        WebElement heading = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".samverkan-case h3")));
        assertThat(heading.getText()).isEqualTo("Ida Sund, 20150314-1234");

        completeOk("sara", pi, "assessNeed", "assessmentOutcome", "JOINT");
        consentAndInvite(pi);
        browser.manage().deleteAllCookies();
        logIn("sofia");
        browser.get(tasklist() + "#/?task=" + answerTask(pi, "socialtjanst").getId());
        click(By.xpath("//a[normalize-space()='Ärendet']"));
        heading = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".samverkan-case h3")));
        assertThat(heading.getText()).isEqualTo("Ida Sund, 20150314-1234");
        // The answer form itself names the child too, not only her initials.
        click(By.xpath("//a[normalize-space()='Formulär']"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".fjs-container"),
                "Ida Sund, 20150314-1234"));
    }

    @Test
    void theCoordinatorSeesWhoComesInForberedAndOpensThePlanWithoutASecondLogin() throws IOException {
        String pi = startCase("Alva Berg");
        String caseNumber = businessKey(pi);
        completeOk("sara", pi, "assessNeed", "assessmentOutcome", "JOINT");
        consentAndInvite(pi);
        completeOk("vera", answerTask(pi, "vardcentral"), "invitationAnswer", "OTHER_PARTICIPANT",
                "participantName", "Karin Berg");

        logIn("sara");
        browser.get(tasklist() + "#/?task=" + task(pi, "prepareMeeting").getId());
        WebElement answers = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[contains(@class,'fjs-form-field-text')][.//*[contains(normalize-space(),'Svar på inbjudan hittills')]]")));
        wait.until(d -> answers.getText().contains("Karin Berg kommer"));
        assertThat(answers.getText()).contains("Vårdcentralen Teleborg: Någon annan deltar, Karin Berg kommer",
                "Socialtjänsten Växjö: Väntar på svar");
        screenshot("forbered");

        // The rest of the first meeting, then the plan from the case page, in Tasklist's login.
        completeOk("sofia", answerTask(pi, "socialtjanst"), "invitationAnswer", "ACCEPT");
        completeOk("sara", pi, "prepareMeeting", "preMeetingContact", false);
        runJobs(pi, "waitForMeeting");
        completeOk("sara", pi, "holdMeeting", "attendingAgencies", json(List.of("socialtjanst", "vardcentral")),
                "familyPresent", true, "informationSharingAgreed", true, "discussedAreas", json(List.of("trygg")),
                "childViews", "Alva vill sova bättre.", "guardianViews", "Karin vill ha stöd hemma.");
        completeOk("sara", pi, "adoptChildPlan", "action1What", "Samtal varannan vecka", "action1Agency", "socialtjanst",
                "action1Person", "Sofia Socialsekreterare",
                "action1DueDate", LocalDate.now(ClockConfiguration.SWEDEN).plusDays(30).toString());
        runJobs(pi, "distributeChildPlan");

        browser.get(tasklist() + "#/samverkan/arenden/" + caseNumber);
        WebElement link = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//a[normalize-space()='Öppna Barnets plan (PDF)']")));
        assertThat(link.getAttribute("target")).isEqualTo("_blank");
        String pdf = link.getAttribute("href");
        Object answer = ((JavascriptExecutor) browser).executeAsyncScript(
                "fetch(arguments[0]).then(r => arguments[1](r.status + ' ' + r.headers.get('content-type')"
                        + " + ' ' + (r.headers.get('www-authenticate') || '')))", pdf);
        assertThat(answer).isEqualTo("200 application/pdf ");
        screenshot("arendets-sida");

        // The link in the mail, opened in a browser with no login: Tasklist's login page, then the plan.
        browser.manage().deleteAllCookies();
        browser.get(pdf);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type=password]")));
        assertThat(browser.getCurrentUrl()).contains("/camunda/app/tasklist/");
        screenshot("inloggning-fran-mejl");
        submitLogin("sofia");
        wait.until(d -> d.getCurrentUrl().endsWith("/plans/1/pdf"));
    }

    @Test
    void aPartyRegistersAWithdrawalFromTheCasePageAndSeesItDone() throws IOException {
        String pi = startCase("Leo Vik");
        String caseNumber = businessKey(pi);
        completeOk("sara", pi, "assessNeed", "assessmentOutcome", "JOINT");
        consentAndInvite(pi);

        logIn("sofia");
        browser.get(tasklist() + "#/samverkan/arenden/" + caseNumber);
        click(By.xpath("//button[normalize-space()='Registrera att samtycket återkallats']"));
        WebElement refusal = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".samverkan-withdrawal-refusal")));
        assertThat(refusal.getText()).isEqualTo("Vem återkallade samtycket?: välj barnet eller en vårdnadshavare.");
        click(By.xpath("//label[normalize-space()='Vårdnadshavare Vik (vårdnadshavare)']/input"));
        screenshot("aterkalla");
        click(By.xpath("//button[normalize-space()='Registrera att samtycket återkallats']"));
        WebElement done = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".alert-success")));
        assertThat(done.getText()).startsWith("Återkallelsen är registrerad.");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".samverkan-case"),
                "Samtycket återkallat"));
        assertThat(browser.findElement(By.cssSelector(".samverkan-case")).getText())
                .contains("av Vårdnadshavare Vik (vårdnadshavare)");
        screenshot("aterkallat");
    }

    @Test
    void theInvitationSaysWhichSpecialistCareIsReplacedBeforeItIsSent() throws IOException {
        String pi = startCase("Nils Ek");
        completeOk("sara", pi, "assessNeed", "assessmentOutcome", "JOINT");
        consent(pi);
        logIn("sara");
        browser.get(tasklist() + "#/?task=" + task(pi, "inviteToMeeting").getId());
        By notice = By.xpath("//*[contains(@class,'fjs-form-field-text')][contains(normalize-space(),'Bjuds inte in')]");
        click(By.xpath("//*[contains(@class,'fjs-form-field')][.//label[starts-with(normalize-space(),'Verksamheter att bjuda in')]]"
                + "//label[normalize-space()='Barn- och ungdomspsykiatri (BUP)']//input"));
        WebElement shown = wait.until(ExpectedConditions.visibilityOfElementLocated(notice));
        assertThat(shown.getText()).startsWith("Bjuds inte in: Barn- och ungdomspsykiatri (BUP). Barnet har ingen "
                + "etablerad vårdkontakt där");
        screenshot("specialistvard-ersatts");
        // With an established care contact, BUP itself is invited and the notice goes away.
        click(By.xpath("//*[contains(@class,'fjs-form-field')][.//label[starts-with(normalize-space(),'Barnet har etablerad')]]"
                + "//label[normalize-space()='Barn- och ungdomspsykiatri (BUP)']//input"));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(notice));
    }

    @Test
    void aTeamMemberFindsTheCasesRegisteredForTheTeamsComingMeetings() throws IOException {
        startOk("hugo", "teamCase", variables("team", "team-hagfors", "caseType", "QUESTION",
                "raisingParty", "ARBETSFORMEDLINGEN", "question", "Hur når vi unga som inte går i skolan?"));
        logIn("hugo");
        click(By.xpath("//a[normalize-space()='Teamets ärenden']"));
        WebElement team = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".samverkan-team")));
        wait.until(d -> team.getText().contains("Hur når vi unga som inte går i skolan?"));
        assertThat(team.getText()).contains("Samverkansteam Hagfors", "Fråga om samverkan eller rutiner",
                "Arbetsförmedlingen");
        screenshot("teamets-arenden");

        // Someone in no team has no such link.
        browser.manage().deleteAllCookies();
        logIn("sara");
        assertThat(browser.findElements(By.xpath("//a[normalize-space()='Teamets ärenden']"))).isEmpty();
    }

    private String startCase(String childName) {
        return startOk("sara", "childCooperation", variables(
                "initiatingAgency", "skola", "childName", childName, "childPersonalNumber", "20150314-1234",
                "guardian1Name", "Vårdnadshavare " + childName.split(" ")[1], "guardian1Contact", "070-111 22 33",
                "noticed", "Oro för barnet."));
    }

    private void consent(String pi) {
        completeOk("sara", pi, "obtainConsent", "consentGiven", "true", "consentForm", "ORAL",
                "consentDate", LocalDate.now(ClockConfiguration.SWEDEN).toString(), "consentingGuardians", "Vårdnadshavaren",
                "childConsent", "GIVEN", "consentedAgencies", json(List.of("socialtjanst", "vardcentral", "bup")));
    }

    private void consentAndInvite(String pi) {
        consent(pi);
        completeOk("sara", pi, "inviteToMeeting", "meetingAreas", json(List.of("trygg")),
                "invitedAgencies", json(List.of("socialtjanst", "bup")), "establishedCareContacts", json(List.of()),
                "meetingStart", ZonedDateTime.now(ClockConfiguration.SWEDEN).plusDays(7).withHour(10).withMinute(0)
                        .withSecond(0).withNano(0).toOffsetDateTime().toString(),
                "meetingDurationMinutes", 90, "meetingPlace", "Elevhälsans rum");
        runJobs(pi, "sendInvitations");
    }

    private Task answerTask(String pi, String agency) {
        return engine.getTaskService().createTaskQuery().processInstanceId(pi).taskDefinitionKey("answerInvitation")
                .taskCandidateGroup(agency).singleResult();
    }

    private String tasklist() {
        return "http://localhost:" + port + "/camunda/app/tasklist/default/";
    }

    private void logIn(String user) {
        browser.get(tasklist());
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type=password]")));
        submitLogin(user);
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//a[normalize-space()='Mina ärenden']")));
    }

    private void submitLogin(String user) {
        browser.findElement(By.cssSelector("input[type=text], input[ng-model=username]")).sendKeys(user);
        browser.findElement(By.cssSelector("input[type=password]")).sendKeys(DEMO_PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
    }

    private void click(By locator) {
        WebElement element = wait.until(ExpectedConditions.elementToBeClickable(locator));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        ((JavascriptExecutor) browser).executeScript("arguments[0].click();", element);
    }

    private void screenshot(String name) throws IOException {
        Chromium.screenshot(browser, testName + "-" + name);
    }
}
