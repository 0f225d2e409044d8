package se.samverkan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;
import se.samverkan.SamverkanTestSupport;

/**
 * Enkäter in Cockpit and on a phone, in Debian's headless Chromium: Lena (processledare) starts a baseline from
 * the start form (sent with the webapp's CSRF token) and gets its links once; one person answers on a 390 px
 * phone, four more answer; Lena closes the round, starts and closes the follow-up; Cecilia (chef) opens the
 * comparison and sees the chart. Screenshots go to target/browser/. Skipped, and says so, without Chromium.
 */
class SurveyBrowserTest extends SamverkanTestSupport {

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void lenaStartsAndClosesRoundsAndCeciliaSeesTheComparisonChart() throws IOException {
        String team = "team-enkat-webblasare-" + Long.toString(System.nanoTime(), 36);
        jdbc.update("insert into team (code, name, municipality, convening_group) values (?, 'Samverkansteam Webbläsare', "
                + "'Webbläsare', 'processledare')", team);
        browser = Chromium.swedish("--window-size=1400,2600");
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        logIn("lena");
        List<String> baseline = startRound(team, "Nulägesanalys", "6");
        assertThat(baseline).hasSize(6).allMatch(l -> l.startsWith("http://samverkan.test/enkat/"));
        screenshot("enkat-startad");

        // One answer on a phone: the page fits 390 px, and it takes the answer once.
        answerOnAPhone(baseline.get(0));
        for (int i = 1; i < 5; i++) {
            answer(baseline.get(i), String.valueOf(1 + i % 3));
        }

        // Lena closes the baseline; its results show at once.
        closeRound("Nulägesanalys");
        waitForResults("Samverkansteam Webbläsare: Nulägesanalys");
        wait.until(d -> surveyChartDatasets() == 1);

        // The follow-up, answered by five and closed.
        List<String> interim = startRound(team, "Deluppföljning", "5");
        for (String link : interim) {
            answer(link, "4");
        }
        closeRound("Deluppföljning");
        wait.until(d -> surveyChartDatasets() == 2);
        browser.quit();

        // Cecilia reads the comparison: a chart of both rounds, and the table beside it.
        browser = Chromium.swedish("--window-size=1400,2600");
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        logIn("cecilia");
        browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/uppfoljning");
        WebElement row = reveal(By.xpath(
                "//section[contains(@class,'samverkan-surveys')]//tr[td[normalize-space()='Samverkansteam Webbläsare'] "
                        + "and td[normalize-space()='Deluppföljning']]"));
        assertThat(browser.findElements(By.xpath("//section[contains(@class,'samverkan-surveys')]"
                + "//button[normalize-space()='Starta omgång']"))).isEmpty();
        row.findElement(By.xpath(".//button[normalize-space()='Visa resultat']")).click();
        waitForResults("Samverkansteam Webbläsare: Deluppföljning");
        wait.until(d -> surveyChartDatasets() == 2 && surveyChartPainted());
        String results = ((String) ((JavascriptExecutor) browser).executeScript("return arguments[0].innerText;",
                reveal(By.cssSelector(".samverkan-surveys-results")))).replaceAll("\\s+", " ");
        assertThat(results).contains("Antal svar 5 5", "1. Jag vet vem jag ska kontakta i andra verksamheter.",
                "Medelvärde från 1", "färre än 5");
        assertThat(results).containsPattern("Jag vet vem jag ska kontakta i andra verksamheter\\. \\d,\\d 4,0");
        screenshot("enkat-jamforelse");
    }

    /** Fills in Lena's start form; returns the links it shows. */
    private List<String> startRound(String team, String kind, String links) {
        browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/uppfoljning");
        reveal(By.xpath("//button[normalize-space()='Starta omgång']"));
        wait.until(d -> new Select(d.findElement(By.id("samverkan-survey-team"))).getOptions().stream()
                .anyMatch(o -> team.equals(o.getAttribute("value"))));
        new Select(browser.findElement(By.id("samverkan-survey-set"))).selectByVisibleText("Samverkan – medarbetare");
        new Select(browser.findElement(By.id("samverkan-survey-kind"))).selectByVisibleText(kind);
        new Select(browser.findElement(By.id("samverkan-survey-team"))).selectByValue(team);
        WebElement count = browser.findElement(By.id("samverkan-survey-links"));
        count.clear();
        count.sendKeys(links);
        WebElement closes = browser.findElement(By.id("samverkan-survey-closes"));
        closes.clear();
        closes.sendKeys(LocalDate.now(ZoneId.of("Europe/Stockholm")).plusDays(14).toString());
        List<WebElement> earlier = browser.findElements(By.cssSelector(".samverkan-survey-link-list"));
        browser.findElement(By.xpath("//button[normalize-space()='Starta omgång']")).click();
        if (!earlier.isEmpty()) {
            wait.until(ExpectedConditions.stalenessOf(earlier.get(0)));
        }
        WebElement list = reveal(By.cssSelector(".samverkan-survey-link-list"));
        assertThat(browser.findElement(By.cssSelector(".samverkan-survey-start-message")).getText())
                .contains("Omgången är startad", "Länkarna visas bara nu");
        assertThat(browser.findElement(By.linkText("Ladda ned som textfil")).getAttribute("href")).startsWith("blob:");
        return Arrays.stream(list.getAttribute("value").split("\n")).filter(l -> !l.isBlank()).toList();
    }

    /**
     * The element, scrolled into view: Cockpit shows its pages in a container of the window's height, and an element
     * below its fold counts as hidden.
     */
    private WebElement reveal(By locator) {
        WebElement element = wait.until(ExpectedConditions.presenceOfElementLocated(locator));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        return wait.until(ExpectedConditions.visibilityOf(element));
    }

    private void waitForResults(String heading) {
        // Read from the page, not through visibility: the results are drawn anew when a round closes.
        wait.until(d -> String.valueOf(((JavascriptExecutor) d).executeScript(
                "var h = document.querySelector('.samverkan-surveys-results h2'); return h ? h.textContent : '';"))
                .contains(heading));
    }

    private void closeRound(String kind) {
        WebElement close = reveal(By.xpath(
                "//section[contains(@class,'samverkan-surveys')]//tr[td[normalize-space()='Samverkansteam Webbläsare'] "
                        + "and td[normalize-space()='" + kind + "']]//button[normalize-space()='Stäng']"));
        close.click();
    }

    private void answerOnAPhone(String link) throws IOException {
        String window = browser.getWindowHandle();
        browser.switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
        browser.get(local(link));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Samverkan – medarbetare");
        JavascriptExecutor js = browser;
        assertThat(((Number) js.executeScript("return document.documentElement.scrollWidth")).intValue()).isLessThanOrEqualTo(390);
        assertThat(browser.findElement(By.cssSelector("input[name='q-vet-vem'][value='vet-inte']")).isSelected()).isTrue();
        browser.findElement(By.xpath("//input[@name='q-vet-vem' and @value='5']/..")).click();
        browser.findElement(By.id("q-battre")).sendKeys("Ett gemensamt nummer att ringa.");
        screenshot("enkat-mobil");
        browser.findElement(By.xpath("//button[normalize-space()='Skicka svaret']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("h1"), "Tack för ditt svar!"));
        screenshot("enkat-tack-mobil");
        browser.get(local(link));
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Länken gäller inte eller är redan använd");
        browser.close();
        browser.switchTo().window(window);
    }

    private void answer(String link, String value) {
        LinkedMultiValueMap<String, String> form = new LinkedMultiValueMap<>();
        form.add("enkat", "1");
        form.add("q-vet-vem", value);
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
        assertThat(http.exchange(link.substring("http://samverkan.test".length()), HttpMethod.POST,
                new HttpEntity<>(form, headers), String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private String local(String link) {
        return "http://localhost:" + port + link.substring("http://samverkan.test".length());
    }

    /** How many rounds the survey chart compares (its Chart.js datasets); 0 without a chart. */
    private long surveyChartDatasets() {
        Object count = ((JavascriptExecutor) browser).executeScript("""
                var c = document.getElementById('samverkan-survey-chart');
                var chart = c && window.Chart && window.Chart.getChart(c);
                return chart ? chart.data.datasets.length : 0;""");
        return ((Number) count).longValue();
    }

    private boolean surveyChartPainted() {
        return Boolean.TRUE.equals(((JavascriptExecutor) browser).executeScript("""
                var c = document.getElementById('samverkan-survey-chart');
                var pixels = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                for (var i = 3; i < pixels.length; i += 4) { if (pixels[i] !== 0) { return true; } }
                return false;"""));
    }

    private void logIn(String user) throws IOException {
        browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type=password]")));
        browser.findElement(By.cssSelector("input[type=text], input[ng-model=username]")).sendKeys(user);
        browser.findElement(By.cssSelector("input[type=password]")).sendKeys(DEMO_PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[type=password]")));
    }

    private void screenshot(String name) throws IOException {
        Chromium.screenshot(browser, "SurveyBrowserTest-" + name);
    }
}
