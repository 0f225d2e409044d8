package se.samverkan.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import se.samverkan.platform.TasklistFilters;
import se.samverkan.platform.login.OidcTestSupport;
import se.samverkan.platform.login.TestIdentityProvider;

/**
 * Tasklist with the login through the organisation's identity provider, in Debian's headless Chromium: the
 * browser is sent to the provider's login page, logs in there and lands in Tasklist as the person the provider
 * named; "Logga ut" ends the session at the provider too. The screenshot goes to
 * target/screenshots/oidc-tasklist.png.
 */
class OidcTasklistBrowserTest extends OidcTestSupport {

    private static final Path SCREENSHOT = Path.of("target", "screenshots", "oidc-tasklist.png");

    private WebDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void tasklistSendsTheBrowserToTheProvidersLoginPageAndBack() throws IOException {
        browser = Chromium.swedish("--window-size=1400,900");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        browser.get(app("/camunda/app/tasklist/default/"));

        wait.until(ExpectedConditions.urlToBe(TestIdentityProvider.issuer() + "/login"));
        browser.findElement(By.id("username")).sendKeys("karin.larsson@skolan.example.se");
        browser.findElement(By.id("password")).sendKeys(providerPassword());
        browser.findElement(By.cssSelector("button[type=submit]")).click();

        wait.until(ExpectedConditions.urlContains(app("/camunda/app/tasklist/default/")));
        try {
            // The name the provider sent, and the unit's filter.
            wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.xpath("//*[contains(normalize-space(),'Karin Larsson')]")));
            wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.xpath("//*[starts-with(normalize-space(),'" + TasklistFilters.MY_AGENCY + "')]")));
            // In Swedish throughout, also when Tasklist opens straight into the list (no login page first).
            wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("input[placeholder='Filtrera uppgifter']")));
            wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.xpath("//*[normalize-space()='Skapad']")));
        } catch (RuntimeException e) {
            Chromium.screenshot(browser, "oidc-tasklist-misslyckades");
            throw e;
        }
        assertThat(browser.findElements(By.cssSelector("input[type=password]"))).isEmpty();
        Files.createDirectories(SCREENSHOT.getParent());
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), SCREENSHOT,
                StandardCopyOption.REPLACE_EXISTING);

        // "Logga ut" ends the session at the provider too: back on its login page, not in Tasklist.
        ((JavascriptExecutor) browser).executeScript("arguments[0].click()",
                browser.findElement(By.cssSelector("li.logout a")));
        wait.until(ExpectedConditions.urlToBe(TestIdentityProvider.issuer() + "/login"));
        assertThat(browser.findElements(By.id("username"))).hasSize(1);
    }
}
