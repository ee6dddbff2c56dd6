package io.pocketsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.pocketsim.testsupport.External;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each report kind in a real browser: headless Chromium (Debian package {@code chromium}) opens the page with every
 * host name unresolvable, renders it to a PNG screenshot, and the test checks that the browser logged no console
 * message (the pages have no script, so any message is an error such as a refused or broken resource), that the page
 * asked for nothing over the network (the browser's own update and account services aside), and that the screenshot
 * is not blank. Skipped where Chromium is absent; fails under CI=true. Screenshots stay in
 * target/report-fixture/screenshots for a person to look at.
 */
class ReportBrowserIT {
    private static final int WIDTH = 1400;
    private static final int HEIGHT = 2400;
    /** Hosts Chromium itself calls (component updates, account check); none of them is the page's doing. */
    private static final Pattern BROWSER_HOSTS = Pattern.compile(".*\\.(google\\.com|googleapis\\.com|gstatic\\.com)");
    private static final Pattern URL = Pattern.compile("\"url\":\"(https?|wss?|ftp)://([^/\":]+)");

    private static Path chromium;

    @BeforeAll
    static void needChromium() {
        Path debian = Path.of("/usr/bin/chromium");
        boolean present = Files.isExecutable(debian) || External.onPath("chromium").isPresent();
        External.require(present, "chromium (Debian package chromium; .ci/run installs it)");
        chromium = Files.isExecutable(debian) ? debian : External.onPath("chromium").orElseThrow();
    }

    static Stream<Arguments> reports() {
        return Stream.of(Arguments.of("experiment", "Base", List.of()),
                Arguments.of("grid", ReportFixture.AG1, List.of("-g", "GRID_FILE")),
                Arguments.of("study", ReportFixture.FAMILY, List.of("-g", "GRID_FILE")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("reports")
    void shouldRenderInChromiumWithoutConsoleErrorsOrNetworkRequests(String kind, String name, List<String> extra)
            throws IOException, InterruptedException {
        ReportFixture fx = ReportFixture.get();
        Path shots = Files.createDirectories(fx.dir.resolve("screenshots"));
        Object[] args = extra.stream().map(a -> a.equals("GRID_FILE") ? (Object) fx.ag1File : a).toArray();
        Path page = fx.report(name, shots.resolve(kind + ".html"), args);
        Path png = shots.resolve(kind + ".png");
        Path netLog = shots.resolve(kind + "-netlog.json");
        Path profile = Files.createTempDirectory(shots, "profile-");
        Path log = shots.resolve(kind + "-chromium.log");
        Files.deleteIfExists(png);

        Process p = new ProcessBuilder(chromium.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--host-resolver-rules=MAP * ~NOTFOUND", "--user-data-dir=" + profile,
                "--enable-logging=stderr", "--v=0", "--log-net-log=" + netLog, "--screenshot=" + png,
                "--window-size=" + WIDTH + "," + HEIGHT, page.toUri().toString())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish within 120 s; log: " + log);
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        assertThat(png).as("screenshot; chromium said:\n%s", output).isRegularFile();
        List<String> console = output.lines().filter(l -> l.contains(":CONSOLE")).toList();
        assertThat(console).as("console messages of the page").isEmpty();

        List<String> requested = new ArrayList<>();
        Matcher m = URL.matcher(Files.readString(netLog, StandardCharsets.UTF_8));
        while (m.find()) {
            if (!BROWSER_HOSTS.matcher(m.group(2)).matches()) {
                requested.add(m.group(1) + "://" + m.group(2));
            }
        }
        assertThat(requested).as("network requests of the page").isEmpty();

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image.getWidth()).isEqualTo(WIDTH);
        assertThat(image.getHeight()).isEqualTo(HEIGHT);
        long inked = 0;
        Set<Integer> colours = new HashSet<>();
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y) & 0xFFFFFF;
                colours.add(rgb);
                if (rgb != 0xFFFFFF) {
                    inked++;
                }
            }
        }
        long sampled = (long) (WIDTH / 2) * (HEIGHT / 2);
        // text, tables and charts: a blank or error page has next to no ink and few colours
        assertThat((double) inked / sampled).as("share of non-white pixels").isGreaterThan(0.03);
        assertThat(colours.size()).as("distinct colours").isGreaterThan(50);
    }
}
