package se.samverkan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.test.web.server.LocalServerPort;
import se.samverkan.SamverkanTestSupport;

/**
 * The public staircase pages on a phone: headless Chromium emulating a 390 px wide mobile screen (which, unlike
 * a narrow desktop window, lays a page without a viewport tag out 980 px wide). Nothing may scroll sideways.
 * Screenshots go to target/browser/ (docs/samverkanstrappan-mobil.png is one of them). Skipped without Chromium.
 */
class StaircasePageBrowserTest extends SamverkanTestSupport {

    private static final int PHONE_WIDTH = 390;

    @LocalServerPort
    int port;

    private ChromeDriver browser;

    @BeforeEach
    void openPhoneBrowser() throws IOException {
        browser = Chromium.swedish("--hide-scrollbars");
        // An iPhone-sized screen: mobile layout rules, 390 CSS px wide.
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", PHONE_WIDTH, "height", 844, "deviceScaleFactor", 2, "mobile", true));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theDemoStaircaseTheListAndTheNotFoundPageFitAPhone() throws IOException {
        open("/samverkanstrappan/motala");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Samverkanstrappan i Motala");
        assertFitsThePhone();
        screenshot("samverkanstrappan-mobil");
        fullPageScreenshot("samverkanstrappan-mobil-hela");

        open("/samverkanstrappan");
        assertThat(browser.findElement(By.linkText("Motala")).getAttribute("href")).endsWith("/samverkanstrappan/motala");
        assertFitsThePhone();
        screenshot("samverkanstrappan-kommuner-mobil");

        open("/samverkanstrappan/ingenstans");
        assertThat(browser.findElement(By.tagName("h1")).getText())
                .isEqualTo("Samverkanstrappan är inte publicerad för den kommunen");
        assertFitsThePhone();
        screenshot("samverkanstrappan-saknas-mobil");
    }

    private void open(String path) {
        browser.get("http://localhost:" + port + path);
    }

    /** The layout viewport is the phone's width, and nothing is wider than it. */
    private void assertFitsThePhone() {
        JavascriptExecutor js = browser;
        assertThat(((Number) js.executeScript("return window.innerWidth")).intValue()).isEqualTo(PHONE_WIDTH);
        assertThat(((Number) js.executeScript("return document.documentElement.scrollWidth")).intValue())
                .isLessThanOrEqualTo(PHONE_WIDTH);
        assertThat(((Number) js.executeScript("return document.body.scrollWidth")).intValue())
                .isLessThanOrEqualTo(PHONE_WIDTH);
    }

    private void screenshot(String name) throws IOException {
        Chromium.screenshot(browser, name);
    }

    /** The whole page, as tall as its content, still 390 px wide. */
    private void fullPageScreenshot(String name) throws IOException {
        int height = ((Number) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollHeight")).intValue();
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", PHONE_WIDTH, "height", height, "deviceScaleFactor", 2, "mobile", true));
        screenshot(name);
        browser.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of(
                "width", PHONE_WIDTH, "height", 844, "deviceScaleFactor", 2, "mobile", true));
    }
}
