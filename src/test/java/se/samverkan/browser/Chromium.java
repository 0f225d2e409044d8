package se.samverkan.browser;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium for the browser tests, as staff have it: Swedish unless a test says otherwise.
 * Without Chromium and its driver (apt-get install chromium chromium-driver) the tests are skipped, and say
 * so. Screenshots go to target/browser/.
 */
final class Chromium {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "browser");

    private Chromium() {
    }

    /** A Swedish browser with these extra arguments (a window size, say). */
    static ChromeDriver swedish(String... arguments) throws IOException {
        return start("sv-SE", "sv-SE,sv", arguments);
    }

    static ChromeDriver start(String language, String acceptLanguage, String... arguments) throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "Webbläsartesterna hoppas över: /usr/bin/chromium eller /usr/bin/chromedriver saknas "
                        + "(apt-get install chromium chromium-driver).");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
                // Headless Chromium ignores --lang for navigator.languages; --accept-lang sets them.
                "--lang=" + language, "--accept-lang=" + acceptLanguage,
                "--user-data-dir=" + Files.createTempDirectory("chromium").toAbsolutePath());
        options.addArguments(arguments);
        Files.createDirectories(SCREENSHOTS);
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build(), options);
    }

    static void screenshot(WebDriver browser, String name) throws IOException {
        File shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(shot.toPath(), SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
}
