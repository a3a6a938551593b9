package org.actorpulse.report;

import org.actorpulse.stats.DivergenceTest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.actorpulse.SparkTestSession;
import org.actorpulse.output.TableWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report of a real pipeline run, opened in headless Chromium as an analyst's browser would: the charts are in
 * the rendered DOM, the screenshot has them in colour, and the page asked the network for nothing. The
 * screenshot stays in {@code target/report-example/report.png} for a person to look at.
 */
class ReportInChromiumTest {
  /** Hosts of Chromium's own background services (time, updates, sign-in), which the flags do not silence. */
  private static final Set<String> BROWSER_SERVICE_HOSTS = Set.of("clients2.google.com", "update.googleapis.com",
      "accounts.google.com", "clientservices.googleapis.com", "redirector.gvt1.com",
      "optimizationguide-pa.googleapis.com", "safebrowsingohttpgateway.googleapis.com", "www.google.com",
      "content-autofill.googleapis.com", "edgedl.me.gvt1.com");
  private static final Pattern REQUEST_HOST = Pattern.compile("^[A-Z]+ (?:https?://)?([^/:\\s]+)");

  /** Chromium's profiles and output, removed after the class. */
  @TempDir static Path scratch;
  static Path output;
  static Path report;
  static ReportData data;

  @BeforeAll
  static void writeReport() {
    output = ExampleOutput.get();
    report = Path.of(ReportJob.run(SparkTestSession.get(), output.toString(), 10, DivergenceTest.DEFAULT));
    data = TablesToReportData.collect(TableWriter.forReading(SparkTestSession.get(), output.toString()), output.toString(),
        10, DivergenceTest.DEFAULT);
  }

  static String chromium() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      for (String name : List.of("chromium", "chromium-browser")) {
        if (Files.isExecutable(Path.of(dir, name))) return Path.of(dir, name).toString();
      }
    }
    throw new AssertionError("headless Chromium not found on PATH: install it (Debian: apt-get install -y "
        + "chromium; .ci/run does this before mvn verify)");
  }

  /** Runs Chromium on the report behind the recording proxy; returns its stdout. */
  static String browse(RecordingProxy proxy, String... action) throws IOException, InterruptedException {
    Path profile = Files.createTempDirectory(scratch, "chromium-profile");
    List<String> cmd = new ArrayList<>(List.of(chromium(), "--headless", "--no-sandbox", "--disable-gpu",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + profile, "--proxy-server=http://127.0.0.1:" + proxy.port(),
        "--proxy-bypass-list=<-loopback>", "--window-size=1280,3800", "--hide-scrollbars"));
    cmd.addAll(List.of(action));
    cmd.add(report.toUri().toString());
    Path stdout = Files.createTempFile(scratch, "chromium", ".out");
    Path stderr = Files.createTempFile(scratch, "chromium", ".err");
    Process p = new ProcessBuilder(cmd).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("Chromium did not finish in 120 s: " + Files.readString(stderr));
    }
    assertEquals(0, p.exitValue(), "Chromium failed: " + Files.readString(stderr));
    return Files.readString(stdout, StandardCharsets.UTF_8);
  }

  @Test
  void renderedDomHoldsEveryChartAndTheTopActors() throws Exception {
    String dom;
    try (RecordingProxy proxy = new RecordingProxy()) {
      dom = browse(proxy, "--dump-dom");
      assertNoPageRequests(proxy.requests());
    }
    for (String css : List.of("top-actors", "mentions-over-time", "chart sentiment", "chart network")) {
      assertTrue(dom.contains("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart " + css.replace("chart ", "")),
          "no " + css + " chart in the DOM");
    }
    assertTrue(data.topActors().size() >= 5, "the sample has at least five actors: " + data.topActors());
    for (ActorTotal a : data.topActors()) {
      assertTrue(dom.contains(Html.escape(a.shortLabel(TopActorsChart.LABEL_CHARS))),
          a.label() + " missing from the bars");
    }
    assertTrue(data.pairs().stream().anyMatch(p -> p.npmi() > 0), "top actors of the sample meet above chance");
    assertEquals(data.pairs().stream().filter(p -> p.npmi() > 0).count(), count(dom, "<line class=\"edge\""),
        "one edge per pair seen together more often than chance");
    assertTrue(count(dom, "<polyline class=\"mean\"") >= 3, "sentiment lines of the top actors");
    assertTrue(dom.contains(data.latestRun().runId()), "run summary names the run");
  }

  @Test
  void screenshotShowsTheChartsInColour() throws Exception {
    Path png = report.resolveSibling("report.png");
    Files.deleteIfExists(png);
    try (RecordingProxy proxy = new RecordingProxy()) {
      browse(proxy, "--screenshot=" + png);
      assertNoPageRequests(proxy.requests());
    }
    BufferedImage img = ImageIO.read(png.toFile());
    assertEquals(1280, img.getWidth());
    long ink = 0;
    long barBlue = 0;
    for (int y = 0; y < img.getHeight(); y += 2) {
      for (int x = 0; x < img.getWidth(); x += 2) {
        int rgb = img.getRGB(x, y) & 0xffffff;
        if (rgb != 0xffffff) ink++;
        if (rgb == 0x4e79a7) barBlue++;
      }
    }
    long sampled = (long) img.getWidth() * img.getHeight() / 4;
    assertTrue(ink > sampled / 50, "the page is nearly blank: " + ink + " of " + sampled + " pixels drawn");
    assertTrue(barBlue > 200, "the mention bars' blue is missing: " + barBlue + " pixels");
  }

  private static void assertNoPageRequests(List<String> requests) {
    List<String> fromPage = new ArrayList<>();
    for (String r : requests) {
      Matcher m = REQUEST_HOST.matcher(r);
      if (!m.find() || !BROWSER_SERVICE_HOSTS.contains(m.group(1))) fromPage.add(r);
    }
    assertEquals(List.of(), fromPage, "the report must load nothing from the network");
  }

  private static int count(String s, String part) {
    int n = 0;
    for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) n++;
    return n;
  }
}
