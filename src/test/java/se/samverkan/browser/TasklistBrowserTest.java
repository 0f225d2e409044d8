package se.samverkan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.samverkan.SamverkanTestSupport;
import se.samverkan.platform.ClockConfiguration;

/**
 * The real user path in Camunda Tasklist, in Debian's headless Chromium. Screenshots of every step go to
 * target/browser/. Without Chromium and its driver (apt-get install chromium chromium-driver) the tests
 * are skipped, and say so.
 */
class TasklistBrowserTest extends SamverkanTestSupport {

    @LocalServerPort
    int port;

    private WebDriver browser;
    private WebDriverWait wait;
    private String testName;
    private int step;

    @BeforeEach
    void openBrowser(TestInfo info) throws IOException {
        // A Swedish browser, as staff have.
        startBrowser("sv-SE", "sv-SE,sv");
        testName = info.getTestMethod().orElseThrow().getName();
        step = 0;
    }

    private void startBrowser(String language, String acceptLanguage) throws IOException {
        browser = Chromium.start(language, acceptLanguage, "--window-size=1400,1100");
        // Generous: the first Tasklist load in a cold JVM and browser is slow on a small machine.
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void aSchoolUserStartsACaseAndCompletesTheNeedAssessment() throws IOException {
        long before = engine.getTaskService().createTaskQuery().taskCandidateGroup("skola")
                .taskDefinitionKey("assessNeed").count();
        logIn("sara");
        startProcess("Samverkan kring barn");
        selectOption("Din verksamhet", "Teleborgsskolan");
        type("childName", "Ella Lind");
        type("childPersonalNumber", "20150314-1234");
        type("guardian1Name", "Maria Lind");
        type("guardian1Contact", "070-765 43 21");
        type("noticed", "Ella är ofta ledsen och har hög frånvaro.");
        screenshot("startformular");
        clickButton("Starta");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-dialog")));
        // Other tests' cases share the list; the new one is the newest, first on the first page.
        wait.until(d -> engine.getTaskService().createTaskQuery().taskCandidateGroup("skola")
                .taskDefinitionKey("assessNeed").count() == before + 1);
        // The card tells the cases apart without opening them, with Swedish dates.
        String newest = engine.getTaskService().createTaskQuery().taskCandidateGroup("skola")
                .taskDefinitionKey("assessNeed").orderByTaskCreateTime().desc().listPage(0, 1).get(0).getProcessInstanceId();
        String caseNumber = instance(newest).getBusinessKey();
        WebElement card = wait.until(d -> cards("Bedöm behov av samverkan").stream()
                .filter(c -> c.getText().contains(caseNumber)).findFirst().orElse(null));
        wait.until(d -> card.getText().contains("sedan"));
        assertThat(card.getText()).contains("Ärende", caseNumber, "Barn", "E. L.", "Skapad för").doesNotContain("ago");
        screenshot("uppgift-i-listan");

        // The list is sorted newest first. Opening the task is enough to work on it: no claim click.
        clickFirstCard("Bedöm behov av samverkan");
        workWithoutClaiming("sara");
        type("observations", "Hög frånvaro och trötthet.");
        check("wellbeingAreas", "Må bra");
        check("assessmentOutcome", "Vi och andra verksamheter behöver stödja barnet tillsammans");
        screenshot("bedomning");
        clickButton("Slutför");
        wait.until(d -> !cards("Inhämta samtycke").isEmpty());
        screenshot("nasta-uppgift");

        // The next form's date picker speaks Swedish and starts the week on Monday.
        clickFirstCard("Inhämta samtycke");
        workWithoutClaiming("sara");
        check("consentGiven", "Ja");
        click(wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(".fjs-container input[id$='-consentDate-date']"))));
        List<WebElement> weekdays = wait.until(ExpectedConditions.numberOfElementsToBeMoreThan(
                By.cssSelector(".flatpickr-calendar.open .flatpickr-weekday"), 6));
        assertThat(weekdays.get(0).getText()).isEqualTo("mån");
        assertThat(browser.findElement(By.cssSelector(".flatpickr-calendar.open .flatpickr-monthDropdown-months"))
                .getText()).contains("januari", "december");
        screenshot("kalender");
    }

    @Test
    void aServerSideValidationErrorIsShownInTheForm() throws IOException {
        logIn("sara");
        startProcess("Samverkan kring barn");
        // First the form's own check, in Swedish: nothing filled in.
        clickButton("Starta");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//*[contains(@class,'fjs-form-field-error')][normalize-space()='Fältet måste fyllas i.']")));
        assertThat(browser.findElement(By.cssSelector(".fjs-container")).getText())
                .doesNotContain("Field is required", "Select");
        // Sara works in one unit: it is already chosen.
        assertThat(browser.findElement(By.xpath("//*[contains(@class,'fjs-form-field-select')]"
                + "[.//label[starts-with(normalize-space(),'Din verksamhet')]]")).getText()).contains("Teleborgsskolan");
        screenshot("obligatoriska-falt");
        type("childName", "Ella Lind");
        type("childPersonalNumber", "20150314-1239");
        type("guardian1Name", "Maria Lind");
        type("guardian1Contact", "070-765 43 21");
        type("noticed", "Ella är ofta ledsen.");
        clickButton("Starta");
        // The server's message, alone, right above the button that was pressed and at the field it names.
        WebElement nextToButton = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".modal-footer .samverkan-refusal")));
        assertThat(nextToButton.getText()).startsWith("Personnummer: ange ett giltigt personnummer");
        assertThat(browser.findElements(By.xpath("//div[contains(@class,'modal-footer')]//button[normalize-space()='Starta']")))
                .hasSize(1).allMatch(WebElement::isDisplayed);
        assertThat(fieldMessage("childPersonalNumber").getText()).isEqualTo(nextToButton.getText());
        assertNoCamundaErrorText();
        screenshot("felmeddelande");
    }

    @Test
    void socialServicesSeeOnlyTheirAgencysTasks() throws IOException {
        startCase("sofia", "socialtjanst", "Noah Ek");
        startCase("sara", "skola", "Liam Ek");
        // As the filter counts them: tasks someone has opened (and so claimed) are still the agency's.
        long own = engine.getTaskService().createTaskQuery().taskCandidateGroup("socialtjanst").includeAssignedTasks()
                .taskDefinitionKey("assessNeed").count();
        long all = engine.getTaskService().createTaskQuery().taskDefinitionKey("assessNeed").count();
        assertThat(own).isPositive().isLessThan(all);
        logIn("sofia");
        // Exactly the social services' assessments are listed; the school's are not.
        wait.until(d -> cards("Bedöm behov av samverkan").size() == own);
        screenshot("socialtjanstens-lista");
        assertThat(cards("Bedöm behov av samverkan")).hasSize((int) own);
    }

    @Test
    void theCaseTabShowsTheChildToTheAgencyTakingPartAndTheServerRefusesOthers() throws IOException {
        String pi = startCase("sofia", "socialtjanst", "Vera Holm");
        logIn("sofia");
        String taskId = task(pi, "assessNeed").getId();
        browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId
                + "&detailsTab=samverkan-case");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//a[normalize-space()='Ärendet']"))).click();
        WebElement heading = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[contains(@class,'samverkan-case')]//h3")));
        assertThat(heading.getText()).isEqualTo("Vera Holm, 20150314-1234");
        assertThat(browser.findElement(By.cssSelector(".samverkan-case")).getText())
                .contains("Vårdnadshavare Ek: 070-111 22 33", "Oro för barnet.", "samordnas av Socialtjänsten");
        screenshot("arendet");

        // The same address with the session of a school teacher: the server answers as for no case at all.
        browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
        browser.manage().deleteAllCookies();
        logIn("sara");
        browser.get("http://localhost:" + port + "/api/tasks/" + taskId + "/case");
        assertThat(browser.findElement(By.tagName("body")).getText())
                .isEqualTo("Det finns inget ärende här som din verksamhet deltar i.");
    }

    @Test
    void aBrowserInAnotherLanguageGetsSwedish() throws IOException {
        browser.quit();
        startBrowser("de-DE", "de-DE,de");
        browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
        WebElement login = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("button[type=submit]")));
        wait.until(d -> login.getText().equals("Logga in"));
        screenshot("inloggning-tysk-webblasare");
    }

    @Test
    void aSwedishDateIsKeptAsTypedAndARefusalIsShownAtTheFieldAndNextToTheButton() throws IOException {
        String pi = startCase("sara", "skola", "Ida Berg");
        completeOk("sara", pi, "assessNeed", "observations", "Hög frånvaro.", "assessmentOutcome", "JOINT");
        String taskId = task(pi, "obtainConsent").getId();
        logIn("sara");
        browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?task=" + taskId);
        workWithoutClaiming("sara");
        assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("sara");
        check("consentGiven", "Ja");
        check("consentForm", "Muntligt");

        // A date that does not exist is refused, in Swedish, at the field; nothing else is put in its place.
        WebElement date = field("consentDate-date");
        assertThat(date.getAttribute("placeholder")).isEqualTo("ÅÅÅÅ-MM-DD");
        retype(date, "31.02.2026");
        wait.until(d -> fieldMessage("consentDate").getText().equals(
                "”31.02.2026” är inget datum som går att läsa. Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-11-27."));
        assertThat(date.getAttribute("value")).isEmpty();

        // A date written the Swedish way is kept as meant.
        retype(date, "27.11.2030");
        wait.until(d -> "2030-11-27".equals(date.getAttribute("value")));
        assertThat(browser.findElements(By.cssSelector(".samverkan-field-message"))).isEmpty();
        type("consentingGuardians", "Båda vårdnadshavarna");
        check("consentedAgencies", "Barn- och elevhälsan Teleborg");
        assertThat(browser.findElements(By.cssSelector(".fjs-form-field-error"))).allMatch(error -> error.getText().isBlank());

        // The server refuses a consent in the future: its message stands next to the button and at the date.
        clickButton("Slutför");
        WebElement nextToButton = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("[cam-tasklist-form] .form-actions .samverkan-refusal")));
        assertThat(nextToButton.getText()).isEqualTo("Datum: samtycket kan inte ha lämnats i framtiden.");
        assertThat(nextToButton.findElement(By.xpath("..")).findElements(By.xpath(".//button[normalize-space()='Slutför']")))
                .hasSize(1).allMatch(WebElement::isDisplayed);
        assertThat(fieldMessage("consentDate").getText()).isEqualTo("Datum: samtycket kan inte ha lämnats i framtiden.");
        assertThat(date.getAttribute("value")).isEqualTo("2030-11-27");
        assertNoCamundaErrorText();
        assertThat(browser.findElement(By.tagName("body")).getText()).doesNotContain(taskId);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", nextToButton);
        screenshot("datum-och-felmeddelande");
        assertThat(engine.getTaskService().createTaskQuery().taskId(taskId).count()).isOne();

        // Corrected, the same form goes through.
        retype(date, LocalDate.now(ClockConfiguration.SWEDEN).format(DateTimeFormatter.ofPattern("d/M yyyy")));
        wait.until(d -> LocalDate.now(ClockConfiguration.SWEDEN).toString().equals(date.getAttribute("value")));
        clickButton("Slutför");
        wait.until(d -> engine.getTaskService().createTaskQuery().taskId(taskId).count() == 0);
        assertThat(browser.findElements(By.cssSelector(".samverkan-refusal"))).isEmpty();
    }

    @Test
    void timesAreReadOnTheTwentyFourHourClockToTheMinute() throws IOException {
        logIn("lena");
        startProcess("Samverkansteamets träffar");
        WebElement date = field("firstMeeting-date");
        WebElement time = field("firstMeeting-time");
        assertThat(time.getAttribute("placeholder")).isEqualTo("hh:mm");
        retype(date, "2026-11-27");
        wait.until(d -> "2026-11-27".equals(date.getAttribute("value")));
        for (String[] typedAndRead : new String[][] {{"0900", "09:00"}, {"9.00", "09:00"}, {"23:08", "23:08"}, {"kl. 14", "14:00"}}) {
            retype(time, typedAndRead[0]);
            wait.until(d -> typedAndRead[1].equals(time.getAttribute("value")));
        }
        screenshot("tid");
        retype(time, "25.00");
        wait.until(d -> fieldMessage("firstMeeting").getText().equals("”25.00” är ingen tid som går att läsa. "
                + "Skriv tiden som TT:MM med 24-timmarsklocka, till exempel 09:00 eller 14:30."));
        assertThat(time.getAttribute("value")).isEmpty();
    }

    /** The reading rules of samverkan/swedish-dates.js, as the browser runs them. */
    @Test
    void datesAndTimesAreReadAsSwedishStaffTypeThemOrRefused() {
        String[][] dates = {
                {"2026-11-27", "2026-11-27"}, {"27/11 2026", "2026-11-27"}, {"27/11-2026", "2026-11-27"},
                {"27.11.2026", "2026-11-27"}, {"27-11-2026", "2026-11-27"}, {"20261127", "2026-11-27"},
                {" 2026-2-3 ", "2026-02-03"}, {"2026/11/27", "2026-11-27"}, {"29.02.2028", "2028-02-29"},
                {"31.02.2026", null}, {"29.02.2027", null}, {"2026-13-01", null}, {"2026-11-27T10:00", null},
                {"11/27/2026", null}, {"27.11.26", null}, {"27 november 2026", null}, {"imorgon", null}};
        String[][] times = {
                {"09:00", "09:00"}, {"9:00", "09:00"}, {"9.00", "09:00"}, {"0900", "09:00"}, {"900", "09:00"},
                {"9", "09:00"}, {"23:08", "23:08"}, {"00:00", "00:00"}, {"kl. 14", "14:00"}, {"kl 7.45", "07:45"},
                {"24:00", null}, {"12:60", null}, {"9am", null}, {"9:5", null}, {"12345", null}, {"lunch", null}};
        browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
        assertReadings("readDate", dates, "är inget datum som går att läsa. Skriv datumet som ÅÅÅÅ-MM-DD, till exempel 2026-11-27.");
        assertReadings("readTime", times,
                "är ingen tid som går att läsa. Skriv tiden som TT:MM med 24-timmarsklocka, till exempel 09:00 eller 14:30.");
        assertReadings("readDate", new String[][] {{"", null}}, null);
    }

    @Test
    void theLoginPagesAreSwedish() throws IOException {
        for (String app : List.of("welcome", "tasklist")) {
            browser.get("http://localhost:" + port + "/camunda/app/" + app + "/default/");
            WebElement login = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("button[type=submit]")));
            wait.until(d -> login.getText().equals("Logga in"));
            String page = browser.findElement(By.tagName("body")).getText();
            assertThat(page).doesNotContainIgnoringCase("welcome").doesNotContain("Välkommen till Camunda");
            if (app.equals("welcome")) {
                assertThat(browser.findElement(By.cssSelector(".login-header .app-name")).getText()).isEqualTo("Samverkan");
            }
            screenshot("inloggning-" + app);
        }
    }

    @SuppressWarnings("unchecked")
    private void assertReadings(String rule, String[][] table, String refusal) {
        List<String> typed = java.util.Arrays.stream(table).map(row -> row[0]).toList();
        Object answer = ((JavascriptExecutor) browser).executeAsyncScript(
                "const [rule, texts, done] = arguments;"
                        + "import('/camunda/app/samverkan/swedish-dates.js')"
                        + ".then((rules) => done(texts.map((text) => rules[rule](text))), (error) => done(String(error)));",
                rule, typed);
        assertThat(answer).isInstanceOf(List.class);
        List<java.util.Map<String, Object>> readings = (List<java.util.Map<String, Object>>) answer;
        org.assertj.core.api.SoftAssertions softly = new org.assertj.core.api.SoftAssertions();
        for (int i = 0; i < table.length; i++) {
            java.util.Map<String, Object> reading = readings.get(i);
            if (table[i][1] != null || refusal == null) {
                softly.assertThat(reading).as(rule + "(\"" + table[i][0] + "\")")
                        .containsEntry("value", table[i][1]).doesNotContainKey("error");
            } else {
                softly.assertThat(reading).as(rule + "(\"" + table[i][0] + "\")").doesNotContainKey("value")
                        .containsEntry("error", "”" + table[i][0].trim() + "” " + refusal);
            }
        }
        softly.assertAll();
    }

    /** The field's own message (a date it could not read, or the server's refusal). */
    private WebElement fieldMessage(String key) {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//*[contains(@class,'fjs-form-field')][.//*[substring(@id, string-length(@id) - string-length('-" + key
                        + "') + 1) = '-" + key + "' or contains(@id, '-" + key + "-')]]"
                        + "/*[contains(@class,'samverkan-field-message')]")));
    }

    /** Only the Swedish message: no Camunda wording, engine code or notification about the refusal. */
    private void assertNoCamundaErrorText() {
        assertThat(browser.findElement(By.tagName("body")).getText())
                .doesNotContain("Cannot submit", "ENGINE-", "Exception", "Ett fel uppstod när uppgiftens formulär",
                        "Processen kunde inte startas");
    }

    /** Replaces the text of a field as a person does: select all, type, leave the field. */
    private void retype(WebElement input, String text) {
        click(input);
        input.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE);
        input.sendKeys(text, Keys.TAB);
    }

    private String startCase(String user, String agency, String childName) {
        return startOk(user, "childCooperation", variables(
                "initiatingAgency", agency, "childName", childName, "childPersonalNumber", "20150314-1234",
                "guardian1Name", "Vårdnadshavare Ek", "guardian1Contact", "070-111 22 33", "noticed", "Oro för barnet."));
    }

    private List<WebElement> cards(String taskName) {
        return browser.findElements(By.xpath("//*[contains(@class,'tasks-list')]//li[.//*[normalize-space()='"
                + taskName + "']]"));
    }

    private void logIn(String user) {
        browser.get("http://localhost:" + port + "/camunda/app/tasklist/default/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type=password]")));
        browser.findElement(By.cssSelector("input[type=text], input[ng-model=username]")).sendKeys(user);
        browser.findElement(By.cssSelector("input[type=password]")).sendKeys(DEMO_PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        try {
            wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.xpath("//a[contains(normalize-space(),'Starta process')]")));
        } catch (RuntimeException e) {
            try {
                screenshot("inloggning-misslyckades");
            } catch (IOException ignored) {
                // the assertion below says what went wrong
            }
            throw e;
        }
    }

    private void startProcess(String name) {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[contains(normalize-space(),'Starta process')]"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//a[normalize-space()='" + name + "']"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fjs-container")));
    }

    /**
     * Opening the task is all: it is claimed for the user (samverkan/claim-on-open.js) and the form becomes
     * editable without anyone clicking "Ta uppgiften".
     */
    private void workWithoutClaiming(String user) {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fjs-container")));
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.xpath("//button[normalize-space()='Ta uppgiften']")));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath(
                "//*[contains(@class,'assignee')][contains(normalize-space(), '" + user + "') or .//button[contains(@class,'unclaim')]]")));
        wait.until(d -> d.findElements(By.cssSelector(".disabled-form")).isEmpty());
    }

    private WebElement field(String key) {
        return wait.until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(".fjs-container input[id$='-" + key + "'], .fjs-container textarea[id$='-" + key + "']")));
    }

    private void type(String key, String text) {
        field(key).sendKeys(text);
    }

    private void selectOption(String label, String option) {
        wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//*[contains(@class,'fjs-form-field-select')]"
                + "[.//label[starts-with(normalize-space(),'" + label + "')]]//*[contains(@class,'fjs-input-group')]"))).click();
        wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//*[contains(@class,'fjs-dropdownlist-item') and normalize-space()='" + option + "']"))).click();
    }

    /**
     * Ticks a box and sees it ticked. Tasklist may draw the form again just after a claim or a refresh, and a
     * click on the form it is replacing is lost; a person would see the empty box and click again.
     */
    private void check(String key, String label) {
        By box = By.xpath("//*[contains(@class,'fjs-form-field')]//label[normalize-space()='" + label + "']"
                + "//input[contains(@id,'-" + key + "')]");
        for (int attempt = 1; attempt <= 3; attempt++) {
            click(wait.until(ExpectedConditions.elementToBeClickable(box)));
            try {
                new WebDriverWait(browser, Duration.ofSeconds(5)).ignoring(StaleElementReferenceException.class)
                        .until(ExpectedConditions.elementSelectionStateToBe(box, true));
                return;
            } catch (org.openqa.selenium.TimeoutException lost) {
                // drawn again under the click: look at the form as it is now
            }
        }
        wait.until(ExpectedConditions.elementSelectionStateToBe(box, true));
    }

    private void clickButton(String text) {
        click(wait.until(ExpectedConditions.elementToBeClickable(By.xpath("//button[normalize-space()='" + text + "']"))));
    }

    /** Tasklist redraws its list when it refreshes; a card found a moment ago may be gone, so find it again. */
    private void clickFirstCard(String taskName) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .ignoring(IndexOutOfBoundsException.class).until(d -> {
            click(cards(taskName).get(0));
            return true;
        });
    }

    /** Tasklist's fixed footer may cover the element: scroll it to the middle first. */
    private void click(WebElement element) {
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        try {
            element.click();
        } catch (ElementClickInterceptedException coveredByNotification) {
            // Tasklist's notifications can float over a button for a moment; a person would click it anyway.
            ((JavascriptExecutor) browser).executeScript("arguments[0].click();", element);
        }
    }

    private void screenshot(String name) throws IOException {
        Chromium.screenshot(browser, testName + "-" + (++step) + "-" + name);
    }
}
