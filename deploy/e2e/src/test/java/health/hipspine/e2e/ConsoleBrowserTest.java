package health.hipspine.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import health.hipspine.servers.Directories;
import health.hipspine.stack.Keycloak;
import health.hipspine.stack.LocalStack;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The clinician console (assessment-service, /console) in a real browser: Debian's chromium driven by Selenium
 * through /usr/bin/chromedriver, against the shared real stack and the real Keycloak. Every page visited is
 * checked with axe-core (vendored WebJar) for serious or critical violations and saved as a screenshot at desktop
 * and phone width in target/console-screenshots. Without chromium the tests fail (they never skip).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(SharedStack.Resolver.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConsoleBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Dimension DESKTOP = new Dimension(1280, 900);
    private static final Dimension PHONE = new Dimension(375, 812);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ALICE_PATIENT = "web-e2e-" + Long.toString(System.nanoTime() % 1_000_000, 36);

    private LocalStack stack;
    private ChromeDriver driver;
    private WebDriverWait wait;
    private Path downloads;
    private final Path screenshots = Path.of("target/console-screenshots");
    private final List<String> accessibilityFailures = new ArrayList<>();
    private String alicesAssessment;
    private Path profile;

    @BeforeAll
    void startTheBrowser(SharedStack shared) throws IOException {
        stack = shared.stack;
        assertTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "chromium and chromedriver must be installed (apt-get install -y chromium chromium-driver; .ci/run does it)");
        downloads = Files.createTempDirectory("hipspine-console-downloads-");
        profile = Files.createTempDirectory("hipspine-chromium-");
        Files.createDirectories(screenshots);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
                "--user-data-dir=" + profile, "--window-size=1280,900");
        options.setExperimentalOption("prefs", Map.of("download.default_directory", downloads.toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.executeCdpCommand("Browser.setDownloadBehavior", Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        // generous: a shared 2-core machine under load answers slowly; no test measures time
        wait = new WebDriverWait(driver, Duration.ofSeconds(90));
    }

    @AfterAll
    void stopTheBrowser() throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (downloads != null) {
            Directories.delete(downloads);
        }
        if (profile != null) {
            Directories.delete(profile); // the browser's profile: ~10 MB a run
        }
    }

    // ---- the scenarios --------------------------------------------------------------------------------------

    @Test
    @Order(1)
    void aliceCompletesAHipSpineAssessmentThroughEveryStepAndDownloadsBothReports() throws Exception {
        driver.get(stack.consoleUrl());
        checkPage("01-sign-in");
        signIn("alice");
        assertTrue(text(By.id("who")).contains("alice") && text(By.id("who")).contains("clinic-a"),
                "roles and clinic from the token: " + text(By.id("who")));

        // 1. red flags: every question answered, none positive
        type("f-patientRef", ALICE_PATIENT);
        type("f-age", "58");
        new Select(driver.findElement(By.id("f-sex"))).selectByValue("female");
        List<WebElement> noAnswers = driver.findElements(By.cssSelector("fieldset.question input[value='no']"));
        assertTrue(noAnswers.size() >= 10, "every red-flag question is asked: " + noAnswers.size());
        noAnswers.forEach(WebElement::click);
        checkPage("02-red-flags");
        click("next");

        // 2. body chart, operated with the keyboard only: focus a spot and press Space
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("f-body_pain_groin_left")));
        pressSpaceOn("f-body_pain_groin_left");
        pressSpaceOn("f-body_pain_low-back_both");
        assertEquals("true", driver.findElement(By.id("f-body_pain_groin_left")).getAttribute("aria-checked"));
        assertTrue(text(By.id("marked-list")).contains("Groin (Left)"), text(By.id("marked-list")));
        checkPage("03-body-chart");
        click("next");

        // 3. history
        wait.until(ExpectedConditions.elementToBeClickable(By.id("f-hist_aggravated_squatting"))).click();
        checkPage("04-history");
        click("next");

        // 4. examination: three tests recorded, how-to and evidence one click away
        choose("f-exam_test_fadir", "true");
        choose("f-side_test_fadir", "left");
        choose("f-exam_test_faber", "true");
        choose("f-side_test_faber", "left");
        choose("f-exam_test_slr", "false");
        WebElement fadirDetails = driver.findElement(By.id("f-exam_test_fadir")).findElement(By.xpath("ancestor::div[@class='test']//details"));
        fadirDetails.findElement(By.tagName("summary")).click();
        assertTrue(fadirDetails.getText().contains("Flex the hip"), "how to perform FADIR: " + fadirDetails.getText());
        assertTrue(fadirDetails.getText().contains("LR+"), "FADIR evidence table: " + fadirDetails.getText());
        checkPage("05-examination");
        click("next");

        // 5. questionnaires
        choose("f-nprs", "6");
        for (int i = 0; i < 10; i++) {
            choose("f-odi_" + i, "2");
        }
        for (int i = 0; i < 12; i++) {
            choose("f-hoos_" + i, "2");
        }
        checkPage("06-questionnaires");
        click("calculate");

        // result
        WebElement banner = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("triage-banner")));
        assertTrue(banner.getText().contains("Triage: Routine") || banner.getText().contains("Triage: Urgent"), banner.getText());
        assertTrue(driver.findElement(By.id("differential-chart")).getAttribute("aria-label").contains("%"),
                "pre- and post-test probability per source");
        // readable at phone width: the chart's names keep their text size (a scaled drawing shrank them to ~6 px)
        driver.manage().window().setSize(PHONE);
        Number labelHeight = (Number) driver.executeScript("const leaf = [...document.querySelectorAll('#differential-chart *')]"
                + ".find(e => e.children.length === 0 && e.textContent.trim().length > 3); return leaf.getBoundingClientRect().height;");
        driver.manage().window().setSize(DESKTOP);
        assertTrue(labelHeight.doubleValue() >= 12, "a category name in the chart is " + labelHeight + " px high at phone width");
        String page = text(By.id("view"));
        // groin pain and FADIR are one correlated group (the model applies only the stronger): groin pain is shown
        assertTrue(page.contains("Groin pain") && page.contains("raises"), "a finding's contribution with its LR and source: " + page);
        assertTrue(page.contains("Hip joint (intra-articular)"), "categories by name: " + page);
        assertNoRawCodes(page);
        assertTrue(driver.findElement(By.id("hip-spine")).getText().length() > 10, "hip-spine statement");
        assertTrue(page.contains("ODI"), "questionnaire scores: " + page);
        alicesAssessment = (String) driver.executeScript("return JSON.parse(sessionStorage.getItem('hipspine.console.draft')).assessmentId");
        assertReportReadyAndDownload("07-result");

        Path report = awaitDownload("report-");
        Path handout = downloadHandout("en");
        assertPdf(report);
        assertPdf(handout);

        // the patient's history, with a second (API) visit so the measures have a course over time
        secondVisitThroughTheApi();
        click("open-history");
        WebElement table = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("history-table")));
        assertEquals(2, table.findElements(By.cssSelector("tbody tr")).size(), table.getText());
        String history = text(By.id("view"));
        assertTrue(history.contains("Oswestry (ODI) over time") && history.contains("NPRS over time"), history);
        assertNoRawCodes(history);
        assertTrue(history.contains("Ostelo 2008") || history.contains("Farrar 2001"), "thresholds with their source: " + history);
        checkPage("08-patient-history");
        assertNoAccessibilityFailures();
    }

    @Test
    @Order(2)
    void bobOfClinicBCannotSeeAlicesPatientOrHerAssessment() {
        signOut();
        signIn("bob");
        assertTrue(text(By.id("who")).contains("clinic-b"), text(By.id("who")));
        driver.executeScript("location.hash = arguments[0]", "#history=" + ALICE_PATIENT);
        WebElement empty = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("history-empty")));
        assertTrue(empty.getText().contains("No assessment"), empty.getText());
        driver.executeScript("location.hash = arguments[0]", "#assessment=" + alicesAssessment);
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#view-error .message.error")));
        assertTrue(error.getText().contains("Not found at your clinic"), error.getText());
        checkPage("09-bob-not-found");
        assertNoAccessibilityFailures();
    }

    @Test
    @Order(3)
    void anEmergencyRedFlagStopsTheFlowAndShowsTheAction() {
        startNewAssessment();
        type("f-patientRef", "web-e2e-emergency");
        type("f-age", "45");
        choose("f-sex", "male");
        driver.findElement(By.id("f-rf_redflag_saddle-anaesthesia-yes")).click();
        WebElement alert = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("emergency-alert")));
        assertTrue(alert.getText().contains("Emergency referral now"), "the action at once: " + alert.getText());
        assertFalse(driver.findElement(By.id("next")).isDisplayed(), "the flow stops: no Next");
        checkPage("10-emergency");
        click("record-emergency");
        WebElement banner = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("triage-banner")));
        assertTrue(banner.getText().contains("Triage: Emergency"), banner.getText());
        checkPage("11-emergency-result");
        assertNoAccessibilityFailures();
    }

    @Test
    @Order(4)
    void aReportAnswerThatArrivesAfterTheClinicianMovedOnIsNotWrittenIntoTheNextAssessment() {
        startNewAssessment();
        type("f-patientRef", "web-e2e-moved-on");
        type("f-age", "51");
        choose("f-sex", "female");
        driver.findElement(By.id("f-rf_redflag_saddle-anaesthesia-yes")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("emergency-alert")));
        // hold the result page's report look-ups in the page until released, as a slow network would
        driver.executeScript("""
                const original = window.fetch;
                window.heldReportCalls = [];
                window.fetch = (url, options) => String(url).endsWith('/report')
                    ? new Promise((resolve, reject) => window.heldReportCalls.push(() => original(url, options).then(resolve, reject)))
                    : original(url, options);
                """);
        click("record-emergency");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("triage-banner")));
        wait.until(d -> ((Number) driver.executeScript("return window.heldReportCalls.length")).intValue() > 0);
        click("new-assessment");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("f-patientRef")));
        long released = ((Number) driver.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const calls = window.heldReportCalls.splice(0);
                Promise.allSettled(calls.map(call => call())).then(() => setTimeout(() => done(calls.length), 500));
                """)).longValue();
        assertTrue(released > 0, "the report look-ups were held and released");
        String draft = (String) driver.executeScript("return sessionStorage.getItem('hipspine.console.draft')");
        assertFalse(draft.contains("reportId"), "the old assessment's report must not reach the new draft: " + draft);
        assertTrue(draft.contains("\"step\":\"redflags\""), draft);
        assertEquals("", driver.findElement(By.id("f-patientRef")).getAttribute("value"), "the new assessment starts empty");
        assertTrue(driver.findElements(By.id("report-status")).isEmpty(), "no report status on the new form");
    }

    @Test
    @Order(5)
    void anInvalidAgeIsShownNextToItsFieldAndNothingTypedIsLost() {
        startNewAssessment();
        type("f-patientRef", "web-e2e-422");
        type("f-age", "130");
        choose("f-sex", "female");
        driver.findElements(By.cssSelector("fieldset.question input[value='no']")).forEach(WebElement::click);
        click("next");
        pressSpaceOn("f-body_pain_groin_right");
        click("next");
        click("next");
        click("next");
        choose("f-nprs", "4");
        click("calculate");
        WebElement message = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("err-f-age")));
        assertFalse(message.getText().isBlank(), "the 422 message next to the age field");
        WebElement age = driver.findElement(By.id("f-age"));
        assertEquals("true", age.getAttribute("aria-invalid"));
        assertEquals("130", age.getAttribute("value"), "what was typed is kept");
        assertEquals("web-e2e-422", driver.findElement(By.id("f-patientRef")).getAttribute("value"));
        checkPage("12-validation-422");
        click("next");
        assertEquals("true", driver.findElement(By.id("f-body_pain_groin_right")).getAttribute("aria-checked"),
                "the body chart is kept too");
        assertNoAccessibilityFailures();
    }

    @Test
    @Order(6)
    void spanishWorksEndToEnd() throws Exception {
        startNewAssessment();
        new Select(driver.findElement(By.id("lang"))).selectByValue("es");
        wait.until(ExpectedConditions.textToBe(By.id("next"), "Siguiente"));
        String redFlags = text(By.id("view"));
        assertTrue(redFlags.contains("Anestesia en silla de montar"), "red flags in Spanish from content: " + redFlags);
        type("f-patientRef", "web-e2e-es");
        type("f-age", "62");
        choose("f-sex", "female");
        driver.findElements(By.cssSelector("fieldset.question input[value='no']")).forEach(WebElement::click);
        checkPage("13-es-red-flags");
        click("next");
        pressSpaceOn("f-body_pain_groin_left");
        assertTrue(text(By.id("marked-list")).contains("Ingle (Izquierdo)"), text(By.id("marked-list")));
        click("next");
        click("next");
        assertTrue(text(By.id("view")).contains("Prueba FADIR"), "tests in Spanish");
        choose("f-exam_test_fadir", "true");
        checkPage("14-es-examination");
        click("next");
        click("calculate");
        WebElement banner = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("triage-banner")));
        assertTrue(text(By.id("view")).contains("Resultado"), text(By.id("view")));
        // the result's own texts come from assessment-service in Spanish (Accept-Language: es)
        assertTrue(banner.getText().contains("Ningún signo de alarma requiere derivación"), "Spanish triage action: " + banner.getText());
        String result = text(By.id("view"));
        assertTrue(result.contains("Sin pruebas de imagen rutinarias"), "Spanish next step: " + result);
        assertFalse(result.contains("No routine imaging") || result.contains("No red flag needs referral"), "no English result text: " + result);
        // names, not codes or enums; the exercise plan's note, dosage and reasons in Spanish too
        assertTrue(banner.getText().contains("Triaje: No urgente"), "the triage level as a label: " + banner.getText());
        assertTrue(result.contains("Articulación de la cadera (intraarticular)") && result.contains("aumenta"), result);
        assertTrue(result.contains("Ejercicios para ") && result.contains("Motivo: Artrosis de cadera: el ejercicio terapéutico"),
                "Spanish plan note and reasons: " + result);
        assertFalse(result.contains("Exercises for") || result.contains(" sets of ") || result.contains("core treatment"),
                "no English plan text: " + result);
        assertNoRawCodes(result);
        assertReportReadyAndDownload("15-es-result");
        assertTrue(text(By.id("report-status")).contains("Estado del informe: listo"), text(By.id("report-status")));
        Path handout = downloadHandout("es");
        assertPdf(handout);
        // the patient's history in Spanish
        click("open-history");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("history-table")));
        String history = text(By.id("view"));
        assertTrue(history.contains("No urgente") && history.contains("Articulación de la cadera (intraarticular)"), history);
        assertNoRawCodes(history);
        checkPage("15-es-patient-history");
        assertNoAccessibilityFailures();
    }

    @Test
    @Order(7)
    void aSessionThatExpiresMidFormSendsAliceThroughSignInAndKeepsEverythingSheTyped() {
        signOut();
        signIn("alice");
        String patient = "web-e2e-exp-" + Long.toString(System.nanoTime() % 1_000_000, 36);
        type("f-patientRef", patient);
        type("f-age", "47");
        choose("f-sex", "male");
        driver.findElements(By.cssSelector("fieldset.question input[value='no']")).forEach(WebElement::click);
        click("next");
        pressSpaceOn("f-body_pain_buttock_right");
        click("next");
        wait.until(ExpectedConditions.elementToBeClickable(By.id("f-hist_aggravated_squatting"))).click();
        click("next");
        choose("f-exam_test_fadir", "false");
        click("next");
        choose("f-nprs", "5");
        checkPage("16-expiry-before");

        // her session ends (Keycloak's admin API, as when its idle timeout passes) and the page's clock passes the
        // access token's expiry, so the page must refresh, and Keycloak refuses: what a real expiry looks like
        endKeycloakSessionsOf("alice");
        driver.executeScript("const now = Date.now.bind(Date); Date.now = () => now() + 10 * 60 * 1000;");
        click("calculate");

        WebElement username = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username")));
        screenshot("17-expiry-sign-in-again");
        username.sendKeys("alice");
        driver.findElement(By.id("password")).sendKeys("alice-demo");
        driver.findElement(By.id("kc-login")).click();

        // back on the step she left, with everything she typed, on every step
        wait.until(ExpectedConditions.textMatches(By.id("who"), java.util.regex.Pattern.compile(".*alice.*")));
        WebElement nprs = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("f-nprs")));
        assertEquals("5", nprs.getAttribute("value"), "NPRS kept");
        checkPage("18-expiry-restored");
        openStep("Examination");
        assertEquals("false", wait.until(ExpectedConditions.presenceOfElementLocated(By.id("f-exam_test_fadir"))).getAttribute("value"),
                "the examination kept");
        openStep("History");
        assertTrue(wait.until(ExpectedConditions.presenceOfElementLocated(By.id("f-hist_aggravated_squatting"))).isSelected(),
                "the history kept");
        openStep("Body chart");
        assertEquals("true", wait.until(ExpectedConditions.presenceOfElementLocated(By.id("f-body_pain_buttock_right")))
                .getAttribute("aria-checked"), "the body chart kept");
        openStep("Red flags");
        assertEquals(patient, wait.until(ExpectedConditions.presenceOfElementLocated(By.id("f-patientRef"))).getAttribute("value"));
        assertEquals("47", driver.findElement(By.id("f-age")).getAttribute("value"));
        assertEquals("male", driver.findElement(By.id("f-sex")).getAttribute("value"));
        assertTrue(driver.findElements(By.cssSelector("fieldset.question input[value='no']")).stream().allMatch(WebElement::isSelected),
                "every red-flag answer kept");

        // the submission goes through, once, with what she typed
        openStep("Questionnaires");
        assertEquals("5", wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("f-nprs"))).getAttribute("value"));
        click("calculate");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("triage-banner")));
        checkPage("19-expiry-result");
        JsonNode history = JSON.valueToTree(given().auth().oauth2(aliceToken())
                .get(stack.serviceUrl("assessment-service") + "/api/v1/patients/" + patient + "/assessments").jsonPath().getMap("$"));
        assertEquals(1, history.path("items").size(), "one assessment stored, not two: " + history);
        assertEquals(5, history.path("items").get(0).path("questionnaires").path("nprs").asInt(), history.toString());
        assertNoAccessibilityFailures();
    }

    // ---- steps ------------------------------------------------------------------------------------------------

    /** No category code, triage or direction enum, and no finding, cluster or group code shows where a name should. */
    private static void assertNoRawCodes(String page) {
        for (String code : List.of("HIP_INTRA_ARTICULAR", "HIP_LATERAL", "LUMBAR_RADICULAR", "LUMBAR_STENOSIS", "SACROILIAC",
                "LUMBAR_NONSPECIFIC", "ROUTINE", "URGENT", "EMERGENCY", "INCREASES", "DECREASES", "MODERATE", "MINIMAL",
                "hip-osteoarthritis")) {
            assertFalse(page.contains(code), "raw code " + code + " on the page: " + page);
        }
        // a finding, cluster or group code (test.fadir), not a sentence ending in "test."
        java.util.regex.Matcher finding = java.util.regex.Pattern.compile("\\b(test|pain|group|cluster|rom|aggravated)\\.[a-z]")
                .matcher(page);
        assertFalse(finding.find(), "raw finding code on the page: " + page);
    }

    private void signIn(String user) {
        wait.until(ExpectedConditions.elementToBeClickable(By.id("login"))).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(user);
        driver.findElement(By.id("password")).sendKeys(user + "-demo");
        driver.findElement(By.id("kc-login")).click();
        wait.until(ExpectedConditions.textMatches(By.id("who"), java.util.regex.Pattern.compile(".*" + user + ".*")));
    }

    private void signOut() {
        click("logout");
        // Keycloak may ask to confirm the logout when the id token hint is not enough
        wait.until(d -> !d.findElements(By.id("login")).isEmpty() || !d.findElements(By.id("kc-logout")).isEmpty());
        if (!driver.findElements(By.id("kc-logout")).isEmpty()) {
            driver.findElement(By.id("kc-logout")).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.id("login")));
        }
    }

    private void startNewAssessment() {
        // from a result page through its button, as a clinician would: the page's report look-ups stop first, so
        // none of them can write the old draft back between the clearing below and the reload
        if (!driver.findElements(By.id("new-assessment")).isEmpty()) {
            click("new-assessment");
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("f-patientRef")));
        }
        driver.executeScript("sessionStorage.removeItem('hipspine.console.draft'); location.hash = ''");
        driver.navigate().refresh();
        // a reload signs in again silently (Keycloak session), then shows the first step
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("f-patientRef")));
    }

    private void assertReportReadyAndDownload(String screenshot) {
        checkPage(screenshot);
        new WebDriverWait(driver, Duration.ofSeconds(240))
                .until(ExpectedConditions.attributeToBe(By.id("report-status"), "data-status", "READY"));
        wait.until(ExpectedConditions.elementToBeClickable(By.id("download-report")));
        checkPage(screenshot + "-ready");
        click("download-report");
    }

    private Path downloadHandout(String lang) throws Exception {
        choose("f-handoutLang", lang);
        click("download-handout");
        return awaitDownload("handout-", "-" + lang + ".pdf");
    }

    private Path awaitDownload(String prefix) throws Exception {
        return awaitDownload(prefix, ".pdf");
    }

    private Path awaitDownload(String prefix, String suffix) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (System.nanoTime() < deadline) {
            try (Stream<Path> files = Files.list(downloads)) {
                var found = files.filter(p -> p.getFileName().toString().startsWith(prefix)
                        && p.getFileName().toString().endsWith(suffix)).findFirst();
                if (found.isPresent() && Files.size(found.get()) > 0) {
                    return found.get();
                }
            }
            Thread.sleep(200);
        }
        try (Stream<Path> files = Files.list(downloads)) {
            return fail("no download " + prefix + "*" + suffix + " in " + downloads + ": " + files.toList());
        }
    }

    private static void assertPdf(Path file) throws IOException {
        byte[] head = new byte[4];
        try (InputStream in = Files.newInputStream(file)) {
            assertEquals(4, in.read(head));
        }
        assertArrayEquals("%PDF".getBytes(StandardCharsets.US_ASCII), head, file + " is not a PDF");
    }

    private String aliceToken() {
        return given().contentType(ContentType.URLENC).formParams(Map.of("grant_type", "password",
                        "client_id", "hipspine-web", "username", "alice", "password", "alice-demo"))
                .post(stack.keycloak().tokenUrl()).jsonPath().getString("access_token");
    }

    /** Ends every Keycloak session of the user through the admin API (the master realm's demo administrator). */
    private void endKeycloakSessionsOf(String user) {
        String kc = stack.keycloak().url();
        String admin = given().contentType(ContentType.URLENC).formParams(Map.of("grant_type", "password",
                        "client_id", "admin-cli", "username", Keycloak.ADMIN_USER, "password", Keycloak.ADMIN_PASSWORD))
                .post(kc + "/realms/master/protocol/openid-connect/token").jsonPath().getString("access_token");
        String id = given().auth().oauth2(admin).queryParam("username", user).queryParam("exact", true)
                .get(kc + "/admin/realms/" + Keycloak.REALM + "/users").jsonPath().getString("[0].id");
        given().auth().oauth2(admin).post(kc + "/admin/realms/" + Keycloak.REALM + "/users/" + id + "/logout")
                .then().statusCode(204);
    }

    /** A second visit of alice's patient, through the API with alice's token: gives the history a course. */
    private void secondVisitThroughTheApi() {
        String token = aliceToken();
        String body = """
                {"patientRef":"%s","encounterDate":"%s","age":58,"sex":"female",
                 "findings":[{"code":"pain.groin","value":true,"side":"left"}],
                 "questionnaires":{"nprs":2,"odi":[1,1,1,1,1,1,1,1,1,1],"hoos12":[3,3,3,3,3,3,3,3,3,3,3,3]}}"""
                .formatted(ALICE_PATIENT, LocalDate.now());
        Response r = given().auth().oauth2(token).contentType(ContentType.JSON).body(body)
                .post(stack.serviceUrl("assessment-service") + "/api/v1/assessments");
        assertEquals(201, r.statusCode(), r.asString());
    }

    // ---- helpers ----------------------------------------------------------------------------------------------

    /** Opens a step through the step list (the questionnaires step has no Back button). */
    private void openStep(String label) {
        WebElement step = wait.until(ExpectedConditions.elementToBeClickable(
                By.xpath("//nav[@id='steps']//button[contains(., '" + label + "')]")));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", step);
        step.click();
    }

    private String text(By by) {
        return wait.until(ExpectedConditions.presenceOfElementLocated(by)).getText();
    }

    private void type(String id, String value) {
        WebElement el = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        el.clear();
        el.sendKeys(value);
    }

    private void choose(String id, String value) {
        new Select(wait.until(ExpectedConditions.elementToBeClickable(By.id(id)))).selectByValue(value);
    }

    private void click(String id) {
        WebElement el = wait.until(ExpectedConditions.elementToBeClickable(By.id(id)));
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'})", el);
        el.click();
    }

    /** Keyboard only: focus the element, then press Space as a user would. */
    private void pressSpaceOn(String id) {
        WebElement el = wait.until(ExpectedConditions.presenceOfElementLocated(By.id(id)));
        driver.executeScript("arguments[0].focus()", el);
        new Actions(driver).sendKeys(Keys.SPACE).perform();
    }

    /** Screenshots at desktop and phone width, and axe-core at both; violations are collected, asserted per test. */
    private void checkPage(String name) {
        for (Dimension size : List.of(DESKTOP, PHONE)) {
            driver.manage().window().setSize(size);
            String label = name + (size == DESKTOP ? "-desktop" : "-phone");
            screenshot(label);
            accessibility(label);
            // readable at 375 px: nothing makes the page wider than the window (wide tables scroll inside their box)
            Number overflow = (Number) driver.executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertTrue(overflow.intValue() <= 0, label + ": the page is " + overflow + " px wider than the window");
        }
        driver.manage().window().setSize(DESKTOP);
    }

    private void screenshot(String name) {
        try {
            @SuppressWarnings("unchecked")
            Map<String, Object> metrics = driver.executeCdpCommand("Page.getLayoutMetrics", Map.of());
            @SuppressWarnings("unchecked")
            Map<String, Number> content = (Map<String, Number>) metrics.get("cssContentSize");
            // the window's whole width: a capture beyond the viewport lays the page out without the scroll bar, so
            // the content size measured with it would cut the right edge off
            double width = Math.max(content.get("width").doubleValue(), ((Number) driver.executeScript("return window.innerWidth;")).doubleValue());
            Map<String, Object> clip = new HashMap<>(Map.of("x", 0, "y", 0, "scale", 1,
                    "width", width, "height", Math.min(content.get("height").doubleValue(), 8000)));
            Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot",
                    Map.of("format", "png", "captureBeyondViewport", true, "clip", clip));
            Files.write(screenshots.resolve(name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
        } catch (IOException | RuntimeException e) {
            System.out.println("[console] screenshot " + name + " failed: " + e);
        }
    }

    private void accessibility(String page) {
        JavascriptExecutor js = driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe !== 'undefined'"))) {
            js.executeScript(axeSource());
        }
        String result = (String) js.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                axe.run(document, {resultTypes: ['violations']})
                  .then(r => done(JSON.stringify(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
                      nodes: v.nodes.map(n => n.target.join(' ')).slice(0, 5)})))))
                  .catch(e => done(JSON.stringify([{id: 'axe-error', impact: 'critical', help: String(e), nodes: []}])));""");
        try {
            for (JsonNode v : JSON.readTree(result)) {
                String impact = v.path("impact").asText();
                if (impact.equals("serious") || impact.equals("critical")) {
                    accessibilityFailures.add(page + ": " + impact + " " + v.path("id").asText() + " (" + v.path("help").asText()
                            + ") at " + v.path("nodes"));
                }
            }
        } catch (IOException e) {
            accessibilityFailures.add(page + ": unreadable axe result " + result);
        }
    }

    private void assertNoAccessibilityFailures() {
        List<String> found = List.copyOf(accessibilityFailures);
        accessibilityFailures.clear();
        assertTrue(found.isEmpty(), "axe-core: serious or critical violations:\n" + String.join("\n", found));
    }

    private static String axeSource() {
        String path = "META-INF/resources/webjars/axe-core/" + System.getProperty("axe-core.version", "4.6.3") + "/axe.min.js";
        try (InputStream in = ConsoleBrowserTest.class.getClassLoader().getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("axe-core not on the test classpath: " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
