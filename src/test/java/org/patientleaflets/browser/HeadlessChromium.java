package org.patientleaflets.browser;

import java.io.File;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven through Debian's ChromeDriver, both at fixed paths, so that nothing is looked up or
 * downloaded, and fenced off from every host but this one.
 */
final class HeadlessChromium {

    static final String BROWSER = "/usr/bin/chromium";
    static final String DRIVER = "/usr/bin/chromedriver";

    private HeadlessChromium() {}

    static ChromeDriver start(Path profile) {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(DRIVER))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(BROWSER);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--disable-quic",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--disable-default-apps",
                "--user-data-dir=" + profile,
                // Any name but the loopback's fails to resolve, and a dead proxy catches the rest.
                "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE localhost, EXCLUDE 127.0.0.1",
                "--proxy-server=http://127.0.0.1:9",
                "--window-size=1280,800");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        return new ChromeDriver(service, options);
    }

    /** Lays the page out as on a screen {@code width} CSS pixels wide: a phone below 600. */
    static void viewport(ChromeDriver driver, int width) {
        driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", 800, "deviceScaleFactor", 1, "mobile", width < 600));
    }

    /** The whole page as a PNG, not only the part in view, scroll bar included. */
    static byte[] fullPageScreenshot(ChromeDriver driver) {
        @SuppressWarnings("unchecked")
        List<Number> size = (List<Number>)
                driver.executeScript("return [window.innerWidth, document.documentElement.scrollHeight];");
        Map<String, Object> clip = Map.of("x", 0, "y", 0, "width", size.get(0), "height", size.get(1), "scale", 1);
        String png = (String) driver.executeCdpCommand(
                        "Page.captureScreenshot", Map.of("format", "png", "captureBeyondViewport", true, "clip", clip))
                .get("data");
        return Base64.getDecoder().decode(png);
    }

    /**
     * Types {@code words} into the search box of the language index in view, as a reader does, and returns the
     * results once the search has loaded its index and says what it found.
     */
    static List<WebElement> search(ChromeDriver driver, String words) {
        WebElement box = driver.findElement(By.id("search-query"));
        new WebDriverWait(driver, Duration.ofSeconds(5)).until(shown -> box.isDisplayed());
        box.sendKeys(words);
        String loading = driver.findElement(By.cssSelector("form[data-search]")).getAttribute("data-loading");
        WebElement status = driver.findElement(By.id("search-status"));
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(answered -> {
            String said = status.getText();
            return !said.isEmpty() && !said.equals(loading);
        });
        return driver.findElements(By.cssSelector("#search-results > li"));
    }

    /** The console's errors since the last call, which also reports resources that failed to load. */
    static List<String> consoleErrors(ChromeDriver driver) {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }
}
