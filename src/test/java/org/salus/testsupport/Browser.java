package org.salus.testsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.springframework.util.FileSystemUtils;

/**
 * Debian's headless Chromium driven through its own chromedriver (never Selenium Manager,
 * which would try to download a browser). Where Chromium is not installed the browser tests
 * are skipped, unless {@code SALUS_REQUIRE_BROWSER=true} (as in CI), where that is a failure.
 */
public final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private final ChromeDriver driver;
    private final Path profile;

    private Browser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Skips (or, in CI, fails) the calling test class when there is no Chromium. */
    public static void requireChromium() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        if (!present && "true".equals(System.getenv("SALUS_REQUIRE_BROWSER"))) {
            Assertions.fail("SALUS_REQUIRE_BROWSER is set but /usr/bin/chromium or /usr/bin/chromedriver is missing");
        }
        Assumptions.assumeTrue(present, "Chromium is not installed (apt-get install chromium chromium-driver)");
    }

    public static Browser start() throws IOException {
        Path profile = Files.createTempDirectory("salus-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-quic",
                "--no-first-run",
                "--window-size=1280,1000",
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        return new Browser(driver, profile);
    }

    private boolean scriptsEnabled = true;

    public ChromeDriver driver() {
        return driver;
    }

    public void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    /** Saves a PNG of the viewport under {@code target/screenshots/}. */
    public Path screenshot(String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "screenshots"));
            File shot = driver.getScreenshotAs(OutputType.FILE);
            return Files.copy(shot.toPath(), dir.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The axe-core violations of impact "serious" or "critical" on the current page, as "id: help (n nodes)". */
    public List<String> seriousAccessibilityViolations() {
        Results results = axe();
        return results.getViolations().stream()
                .filter(rule -> "serious".equals(rule.getImpact()) || "critical".equals(rule.getImpact()))
                .map(Browser::describe)
                .toList();
    }

    /** Every axe-core violation on the current page, whatever its impact, with the nodes it found. */
    public List<String> accessibilityViolations() {
        return axe().getViolations().stream()
                .map(rule -> describe(rule) + ": " + rule.getNodes())
                .toList();
    }

    /**
     * Page scripts off or on for the pages loaded next (DevTools' emulation, as a reader who turned
     * JavaScript off). WebDriver's own scripts, axe-core among them, still run.
     */
    public void scripts(boolean enabled) {
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", !enabled));
        scriptsEnabled = enabled;
    }

    /**
     * Runs axe-core on the current page. With page scripts off, axe's own asynchronous steps wait
     * for timers that never fire until WebDriver's script timeout (30 s a page), so scripts are
     * switched on for the analysis only: the page was loaded without them, and switching them on
     * does not run the scripts it skipped.
     */
    private Results axe() {
        if (scriptsEnabled) {
            return new AxeBuilder().analyze(driver);
        }
        driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", false));
        try {
            return new AxeBuilder().analyze(driver);
        } finally {
            driver.executeCdpCommand("Emulation.setScriptExecutionDisabled", Map.of("value", true));
        }
    }

    private static String describe(Rule rule) {
        return rule.getId() + " (" + rule.getImpact() + "): " + rule.getHelp() + " — "
                + rule.getNodes().size() + " nodes";
    }

    @Override
    public void close() {
        driver.quit();
        FileSystemUtils.deleteRecursively(profile.toFile());
    }
}
