package io.pocketsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A small store made through the CLI once per test JVM and shared by the report tests: the Base experiment (6 runs x
 * 15 days), and two iterations of an adaptive family (8 points x 2 runs x 10 days each, the second one written by
 * {@code psuu}).
 */
final class ReportFixture {
    static final String FAMILY = "rep";
    static final String AG1 = FAMILY + "_ag1_";
    static final String AG2 = FAMILY + "_ag2_";
    static final int EXPERIMENT_RUNS = 6;

    private static ReportFixture instance;

    final Path dir;
    final Path store;
    final Path ag1File;
    final Path ag2File;

    private ReportFixture(Path dir) {
        this.dir = dir;
        this.store = dir.resolve("results");
        this.ag1File = TestGrids.serviceFamily(dir, FAMILY, 2, 10);
        ok(Cli.run("run", "-e", "Base", "--runs", EXPERIMENT_RUNS, "--days", 15, "-t", 2, "-o", store));
        ok(Cli.run("run", "-g", ag1File, "-e", AG1, "-t", 2, "-o", store));
        Path step = dir.resolve("psuu1");
        ok(Cli.run("psuu", AG1, "-g", ag1File, "-o", store, "--to", step));
        this.ag2File = step.resolve(AG2 + ".json");
        ok(Cli.run("run", "-g", ag2File, "-e", AG2, "-t", 2, "-o", store));
    }

    /** The shared store, made on first use. */
    static synchronized ReportFixture get() {
        if (instance == null) {
            try {
                Path dir = Path.of("target", "report-fixture").toAbsolutePath();
                if (Files.exists(dir)) {
                    try (Stream<Path> s = Files.walk(dir)) {
                        s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                    }
                }
                instance = new ReportFixture(Files.createDirectories(dir));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    /** Writes a report through the CLI and returns the page. */
    Path report(String name, Path page, Object... extra) {
        Object[] args = Stream.concat(Stream.of("report", name, "-o", store, "--to", page), Stream.of(extra))
                .toArray();
        ok(Cli.run(args));
        return page;
    }

    private static void ok(Cli.Result r) {
        assertThat(r.exitCode()).as(r.toString()).isZero();
    }
}
