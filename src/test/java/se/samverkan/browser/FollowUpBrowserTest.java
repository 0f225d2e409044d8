package se.samverkan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.samverkan.followup.FollowUpTestSupport;

/**
 * Uppföljning in Cockpit, in Debian's headless Chromium: Cecilia (chef) opens it from Cockpit's menu and sees
 * a seeded quarter (2018, see FollowUpTestSupport) in charts drawn by Chart.js served from the application; Olof (processägare) gets the Swedish refusal.
 * Screenshots go to target/browser/. Skipped, and says so, without Chromium and its driver.
 */
class FollowUpBrowserTest extends FollowUpTestSupport {

    @LocalServerPort
    int port;

    private WebDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void openBrowser() throws IOException {
        browser = Chromium.swedish("--window-size=1400,2600");
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void ceciliaOpensUppfoljningFromCockpitAndSeesTheCharts() throws IOException {
        seedSecondQuarter(2018, "Arvika");
        logIn("cecilia");
        wait.until(ExpectedConditions.elementToBeClickable(By.linkText("Uppföljning"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.xpath("//h1[normalize-space()='Uppföljning']")));
        WebElement period = browser.findElement(By.id("samverkan-followup-period"));
        period.clear();
        period.sendKeys("2018-K2");
        wait.until(d -> new Select(d.findElement(By.id("samverkan-followup-agency"))).getOptions().size() > 5);
        browser.findElement(By.xpath("//button[normalize-space()='Visa']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".samverkan-followup-scope"), "andra kvartalet 2018"));
        wait.until(d -> chartsDrawn() >= 8);
        String page = browser.findElement(By.cssSelector(".samverkan-followup")).getText();
        assertThat(page).contains("Startade ärenden 12", "Samverkan startad 6", "Uppmärksammat → samtycke 6 3,5 dagar 10 dagar",
                "Möten där barnets synpunkter är dokumenterade 88 %", "Samverkan kring barn", "Ledtider (dagar)", "Kvalitet", "Samverkansteam",
                "Mål: första mötet inom 21 dagar från samtycket", "färre än 5");
        // Every canvas is a Chart.js chart, with pixels drawn on it.
        List<WebElement> canvases = browser.findElements(By.cssSelector(".samverkan-followup canvas"));
        assertThat(canvases).hasSize(8);
        assertThat(chartsDrawn()).isEqualTo(8);
        screenshot("uppfoljning");
        // The board report and the CSV for the period shown.
        assertThat(browser.findElement(By.linkText("Styrelserapport (PDF)")).getAttribute("href"))
                .endsWith("/api/followup/report.pdf?period=2018-K2");
        assertThat(browser.findElement(By.linkText("Ladda ned CSV")).getAttribute("href"))
                .endsWith("/api/followup/indicators.csv?period=2018-K2");

        // Another period, chosen as a year.
        new Select(browser.findElement(By.id("samverkan-followup-kind"))).selectByVisibleText("År");
        assertThat(period.getAttribute("value")).matches("\\d{4}");
        period.clear();
        period.sendKeys("2018");
        browser.findElement(By.xpath("//button[normalize-space()='Visa']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".samverkan-followup-scope"),
                "Period: 2018 ·"));
        wait.until(d -> chartsDrawn() == 8);

        // A question the server refuses: its Swedish message, no charts.
        period.clear();
        period.sendKeys("2019-13");
        browser.findElement(By.xpath("//button[normalize-space()='Visa']")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".samverkan-followup-message"),
                "Period: ange en månad"));
        assertThat(browser.findElements(By.cssSelector(".samverkan-followup canvas"))).isEmpty();
    }

    @Test
    void aProcessOwnerIsToldUppfoljningIsNotForHim() throws IOException {
        logIn("olof");
        browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/#/uppfoljning");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".samverkan-followup-message"),
                "Uppföljningen är till för chefer och processledare."));
        assertThat(browser.findElements(By.cssSelector(".samverkan-followup canvas"))).isEmpty();
        screenshot("uppfoljning-nekad");
    }

    /** Canvases whose Chart.js chart exists and has painted something. */
    private long chartsDrawn() {
        Object count = ((JavascriptExecutor) browser).executeScript("""
                return Array.from(document.querySelectorAll('.samverkan-followup canvas')).filter(function (c) {
                  if (!window.Chart || !window.Chart.getChart(c)) { return false; }
                  var pixels = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
                  for (var i = 3; i < pixels.length; i += 4) { if (pixels[i] !== 0) { return true; } }
                  return false;
                }).length;""");
        return ((Number) count).longValue();
    }

    private void logIn(String user) throws IOException {
        browser.get("http://localhost:" + port + "/camunda/app/cockpit/default/");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input[type=password]")));
        browser.findElement(By.cssSelector("input[type=text], input[ng-model=username]")).sendKeys(user);
        browser.findElement(By.cssSelector("input[type=password]")).sendKeys(DEMO_PASSWORD);
        browser.findElement(By.cssSelector("button[type=submit]")).click();
        try {
            wait.until(ExpectedConditions.invisibilityOfElementLocated(By.cssSelector("input[type=password]")));
        } catch (RuntimeException e) {
            screenshot("cockpit-inloggning-misslyckades");
            throw e;
        }
    }

    private void screenshot(String name) throws IOException {
        Chromium.screenshot(browser, "FollowUpBrowserTest-" + name);
    }
}
