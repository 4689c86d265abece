package org.ecopolicy.kg.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;

import org.ecopolicy.kg.query.QueryCatalogue;
import org.ecopolicy.kg.rdf.Iris;
import org.ecopolicy.kg.serve.KgServer;
import org.ecopolicy.kg.serve.ServerSettings;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A researcher in a real browser (Debian's headless Chromium through Selenium): the Yellow River
 * basin's page, a measure and its quote, and the Fuseki console running the headline question.
 * Screenshots go to {@code target/screenshots/}.
 */
class BrowserTest {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static KgServer server;
    private static WebDriver browser;
    private static Path profile;

    @BeforeAll
    static void start() throws IOException {
        OutsideTools.requireExecutable(OutsideTools.CHROMIUM);
        OutsideTools.requireExecutable(OutsideTools.CHROMEDRIVER);
        TestKnowledgeGraph kg = TestKnowledgeGraph.get();
        server = KgServer.start(kg.store.dataset(), ServerSettings.readOnly(0, kg.dbRoot.resolve("fuseki-run-browser")),
                Iris.defaults());
        profile = Files.createTempDirectory("ecokg-chromium");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(OutsideTools.CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--no-first-run", "--disable-component-update", "--disable-sync",
                "--window-size=1280,1600", "--lang=zh-CN", "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(OutsideTools.CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
        Files.createDirectories(SCREENSHOTS);
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.close();
        }
        if (profile != null) {
            TestKnowledgeGraph.deleteTree(profile);
        }
    }

    private static void screenshot(String name) throws IOException {
        Path shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
        Files.copy(shot, SCREENSHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }

    private static WebDriverWait waitUpTo(int seconds) {
        return new WebDriverWait(browser, Duration.ofSeconds(seconds));
    }

    @Test
    void yellowRiverPageLeadsToAMeasureAndItsQuote() throws IOException {
        browser.get(server.url() + "id/place/huanghe-liuyu");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("黄河流域");
        WebElement affecting = browser.findElement(By.cssSelector("table.affecting"));
        List<String> measures = affecting.findElements(By.cssSelector("tr td:first-child a")).stream()
                .map(WebElement::getText).toList();
        assertThat(measures).hasSizeGreaterThan(20).contains("提升水环境质量", "打好黄河“几字弯”攻坚战");
        screenshot("01-yellow-river-basin");

        affecting.findElement(By.linkText("提升水环境质量")).click();
        waitUpTo(30).until(ExpectedConditions.textToBe(By.tagName("h1"), "提升水环境质量"));
        assertThat(browser.getCurrentUrl()).contains("/id/doc/004_b6acf62b5d9e0109/measure/");
        WebElement quote = browser.findElement(By.cssSelector("blockquote.quote"));
        assertThat(quote.getText()).contains("提升水环境质量").containsPattern("第 \\d+–\\d+ 字");
        assertThat(browser.findElement(By.tagName("body")).getText()).contains("到2025年").contains("黄河干流");
        screenshot("02-measure-with-quote");

        // The measure's own words, with its targets, places, departments and projects highlighted and linked.
        WebElement text = browser.findElement(By.cssSelector("div.fulltext"));
        assertThat(text.getText()).startsWith("7.提升水环境质量").contains("黄河干流").hasSizeGreaterThan(150);
        List<WebElement> places = text.findElements(By.cssSelector("a.hl-place"));
        assertThat(places).extracting(WebElement::getText).contains("黄河干流", "黄河支流");
        assertThat(text.findElements(By.cssSelector("a.hl-department"))).extracting(WebElement::getText)
                .contains("旗生态环境分局", "旗水利局");
        assertThat(places).allSatisfy(a -> assertThat(a.getAttribute("href")).contains("/id/place/"));
        List<WebElement> targets = text.findElements(By.cssSelector("a.hl-target"));
        assertThat(targets).isNotEmpty().allSatisfy(a -> assertThat(a.getAttribute("href")).contains("/target/"));
        assertThat(String.join("", targets.stream().map(WebElement::getText).toList())).contains("到2025年");
        assertThat(browser.findElements(By.tagName("script"))).isEmpty();
        places.get(0).click();
        waitUpTo(30).until(ExpectedConditions.urlContains("/id/place/"));
        screenshot("02b-measure-text-place-followed");
    }

    @Test
    void consoleRunsTheHeadlineQuery() throws IOException {
        String sparql = QueryCatalogue.load().require("yellow-river-2030").sparql();
        String link = "/#/dataset/ecokg/query?query="
                + java.net.URLEncoder.encode(sparql, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
        browser.get(server.url().replaceAll("/$", "") + link);
        // The console loads the query from the link into its editor, then we press its run button.
        WebElement run = waitUpTo(60).until(ExpectedConditions.elementToBeClickable(By.cssSelector(".yasqe_queryButton")));
        waitUpTo(30).until(d -> d.findElement(By.cssSelector(".CodeMirror")).getText().contains("eco:affectsPlace"));
        run.click();
        WebElement filter = waitUpTo(60).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input.tableFilter")));
        waitUpTo(60).until(d -> d.findElement(By.cssSelector(".yasr")).getText().contains("004_b6acf62b5d9e0109.txt")
                || !d.findElements(By.cssSelector(".yasr table tbody tr")).isEmpty());
        // The answer is on the table's second page; the table's own filter brings it up.
        filter.sendKeys("提升水环境质量");
        waitUpTo(30).until(d -> d.findElement(By.cssSelector(".yasr table")).getText().contains("提升水环境质量"));
        String table = browser.findElement(By.cssSelector(".yasr table")).getText();
        assertThat(table).contains("提升水环境质量").contains("004_b6acf62b5d9e0109.txt").contains("2025")
                .doesNotContain("^^xsd:integer");
        screenshot("03-console-headline-query");
    }

    @Test
    void entityPageLinksIntoTheConsoleWithAReadyQuery() throws IOException {
        browser.get(server.url() + "id/place/huanghe-liuyu");
        browser.findElement(By.partialLinkText("在 Fuseki 控制台中查询")).click();
        WebElement run = waitUpTo(60).until(ExpectedConditions.elementToBeClickable(By.cssSelector(".yasqe_queryButton")));
        waitUpTo(30).until(d -> d.findElement(By.cssSelector(".CodeMirror")).getText().contains("huanghe-liuyu"));
        run.click();
        waitUpTo(60).until(d -> d.findElement(By.cssSelector(".yasr")).getText().contains("measure"));
        waitUpTo(30).until(d -> !d.findElements(By.cssSelector(".yasr table tbody tr")).isEmpty());
        assertThat(browser.findElements(By.cssSelector(".yasr table tbody tr"))).hasSizeGreaterThan(10);
        screenshot("04-console-from-entity-page");
    }

    @Test
    void searchFromTheIndexPageListsRankedMeasuresWithHighlightedSnippets() throws IOException {
        browser.get(server.url() + "id/");
        WebElement box = browser.findElement(By.cssSelector("header form input[name=q]"));
        box.sendKeys("黑臭水体");
        box.submit();
        waitUpTo(30).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("ol.hits")));
        List<WebElement> hits = browser.findElements(By.cssSelector("ol.hits > li"));
        assertThat(hits).hasSizeGreaterThan(3);
        assertThat(hits.get(0).findElement(By.tagName("a")).getText()).isEqualTo("梯次推进黑臭水体整治");
        assertThat(hits.get(0).findElements(By.tagName("mark"))).extracting(WebElement::getText).contains("黑臭水体");
        screenshot("05-search-from-index");
        hits.get(0).findElement(By.tagName("a")).click();
        waitUpTo(30).until(ExpectedConditions.textToBe(By.tagName("h1"), "梯次推进黑臭水体整治"));
    }

    @Test
    void indicatorPageShowsTheCascadeAsATableAndAChartWithOneSeriesPerJurisdiction() throws IOException {
        browser.get(server.url() + "ontology/indicator/forest-coverage");
        WebElement table = browser.findElement(By.cssSelector("table.cascade"));
        List<String> jurisdictions = table.findElements(By.cssSelector("tr td:nth-child(2)")).stream()
                .map(WebElement::getText).distinct().toList();
        assertThat(jurisdictions).hasSizeGreaterThan(1).contains("内蒙古自治区");
        WebElement chart = browser.findElement(By.cssSelector("svg.cascade-chart"));
        List<String> series = chart.findElements(By.cssSelector("g.series")).stream()
                .map(g -> g.getAttribute("data-jurisdiction")).toList();
        assertThat(series).doesNotHaveDuplicates().isSubsetOf(jurisdictions).contains("内蒙古自治区");
        assertThat(chart.findElements(By.tagName("circle"))).hasSizeGreaterThanOrEqualTo(series.size());
        assertThat(browser.findElements(By.tagName("script"))).isEmpty();
        screenshot("06-indicator-cascade");
    }
}
