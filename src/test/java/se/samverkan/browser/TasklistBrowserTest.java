package se.samverkan.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;
import org.openqa.selenium.By;
import org.openqa.selenium.ElementClickInterceptedException;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.samverkan.SamverkanTestSupport;

/**
 * The real user path in Camunda Tasklist, in Debian's headless Chromium. Screenshots of every step go to
 * target/browser/. Without Chromium and its driver (apt-get install chromium chromium-driver) the tests
 * are skipped, and say so.
 */
class TasklistBrowserTest extends SamverkanTestSupport {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "browser");

    @LocalServerPort
    int port;

    private WebDriver browser;
    private WebDriverWait wait;
    private String testName;
    private int step;

    @BeforeEach
    void openBrowser(TestInfo info) throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Webbläsartesterna hoppas över: /usr/bin/chromium eller /usr/bin/chromedriver saknas "
                        + "(apt-get install chromium chromium-driver).");
        // A Swedish browser, as staff have.
        startBrowser("sv-SE", "sv-SE,sv");
        testName = info.getTestMethod().orElseThrow().getName();
        step = 0;
        Files.createDirectories(SCREENSHOTS);
    }

    private void startBrowser(String language, String acceptLanguage) throws IOException {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                // Headless Chromium ignores --lang for navigator.languages; --accept-lang sets them.
                "--window-size=1400,1100", "--lang=" + language, "--accept-lang=" + acceptLanguage,
                "--user-data-dir=" + Files.createTempDirectory("chromium").toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
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
        selectOption("Din verksamhet", "Skola");
        type("childName", "Ella Lind");
        type("childPersonalNumber", "20150314-1234");
        type("guardian1Name", "Maria Lind");
        type("guardian1Contact", "070-765 43 21");
        type("noticed", "Ella är ofta ledsen och har hög frånvaro.");
        screenshot("startformular");
        clickButton("Starta");
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector(".modal-dialog")));
        wait.until(d -> cards("Bedöm behov av samverkan").size() == before + 1);
        // The card tells the cases apart without opening them, with Swedish dates.
        String newest = engine.getTaskService().createTaskQuery().taskCandidateGroup("skola")
                .taskDefinitionKey("assessNeed").orderByTaskCreateTime().desc().listPage(0, 1).get(0).getProcessInstanceId();
        String caseNumber = instance(newest).getBusinessKey();
        WebElement card = wait.until(d -> cards("Bedöm behov av samverkan").stream()
                .filter(c -> c.getText().contains(caseNumber)).findFirst().orElse(null));
        wait.until(d -> card.getText().contains("sedan"));
        assertThat(card.getText()).contains("Ärende", caseNumber, "Barn", "E. L.", "Skapad för").doesNotContain("ago");
        screenshot("uppgift-i-listan");

        // The list is sorted newest first.
        clickFirstCard("Bedöm behov av samverkan");
        claimIfNeeded();
        type("observations", "Hög frånvaro och trötthet.");
        check("wellbeingAreas", "Må bra");
        check("assessmentOutcome", "Vi och andra verksamheter behöver stödja barnet tillsammans");
        screenshot("bedomning");
        clickButton("Slutför");
        wait.until(d -> !cards("Inhämta samtycke").isEmpty());
        screenshot("nasta-uppgift");

        // The next form's date picker speaks Swedish and starts the week on Monday.
        clickFirstCard("Inhämta samtycke");
        claimIfNeeded();
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
        assertThat(browser.findElement(By.cssSelector(".fjs-select-placeholder")).getText()).isEqualTo("Välj");
        screenshot("obligatoriska-falt");
        selectOption("Din verksamhet", "Skola");
        type("childName", "Ella Lind");
        type("childPersonalNumber", "20150314-1239");
        type("guardian1Name", "Maria Lind");
        type("guardian1Contact", "070-765 43 21");
        type("noticed", "Ella är ofta ledsen.");
        clickButton("Starta");
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.xpath("//*[contains(normalize-space(),'Personnummer: ange ett giltigt personnummer')]")));
        assertThat(error.getText()).contains("Personnummer: ange ett giltigt personnummer");
        screenshot("felmeddelande");
    }

    @Test
    void socialServicesSeeOnlyTheirAgencysTasks() throws IOException {
        startCase("sofia", "socialtjanst", "Noah Ek");
        startCase("sara", "skola", "Liam Ek");
        long own = engine.getTaskService().createTaskQuery().taskCandidateGroup("socialtjanst")
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

    private void claimIfNeeded() {
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fjs-container")));
        for (WebElement claim : browser.findElements(By.xpath("//button[normalize-space()='Ta uppgiften']"))) {
            if (claim.isDisplayed()) {
                claim.click();
            }
        }
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.xpath("//button[normalize-space()='Ta uppgiften']")));
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

    private void check(String key, String label) {
        By box = By.xpath("//*[contains(@class,'fjs-form-field')]//label[normalize-space()='" + label + "']"
                + "//input[contains(@id,'-" + key + "')]");
        click(wait.until(ExpectedConditions.elementToBeClickable(box)));
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
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(testName + "-" + (++step) + "-" + name + ".png"),
                StandardCopyOption.REPLACE_EXISTING);
    }
}
