package io.pocketsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code run --timeseries}: which runs keep their time series, its defaults, and how a re-run treats it. */
class TimeSeriesOptionIT {
    @TempDir
    Path dir;

    private Path out() {
        return dir.resolve("results");
    }

    private String manifest(String experiment) throws IOException {
        return Files.readString(out().resolve(experiment).resolve("manifest.json"));
    }

    /** The run column of every time-series row (decompressed; the file is a sequence of gzip members). */
    private List<String> timeSeriesRuns(String experiment) throws IOException {
        byte[] gz = Files.readAllBytes(out().resolve(experiment).resolve("timeseries.csv.gz"));
        String text;
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        return text.lines().skip(1).map(l -> l.split(",")[2]).distinct().toList();
    }

    private long kpiRows(String experiment) throws IOException {
        return Files.readAllLines(out().resolve(experiment).resolve("kpis.csv")).size() - 1L;
    }

    @Test
    void shouldKeepTheFirstRunOfEachPointOfAWholeGridByDefault() throws IOException {
        Path grid = TestGrids.sweep3(dir);
        Cli.Result r = Cli.run("run", "-g", grid, "-e", "sweep3_", "--days", "3", "--threads", "2", "--out", out());

        assertThat(r.exitCode()).as(r.toString()).isZero();
        for (int p = 1; p <= 3; p++) {
            assertThat(manifest("sweep3_" + p)).contains("\"timeseries\" : \"runs:1\"");
            assertThat(timeSeriesRuns("sweep3_" + p)).containsExactly("1");
            assertThat(kpiRows("sweep3_" + p)).isEqualTo(3);
        }
    }

    @Test
    void shouldKeepEveryRunOfAGridPointOrAGridWhenAsked() throws IOException {
        Path grid = TestGrids.sweep3(dir);
        Cli.Result point = Cli.run("run", "-g", grid, "-e", "sweep3_2", "--days", "3", "--threads", "1",
                "--out", out());
        Cli.Result all = Cli.run("run", "-g", grid, "-e", "sweep3_", "--days", "3", "--threads", "1",
                "--timeseries", "all", "--overwrite", "--out", dir.resolve("all"));

        assertThat(point.exitCode()).as(point.toString()).isZero();
        assertThat(all.exitCode()).as(all.toString()).isZero();
        assertThat(timeSeriesRuns("sweep3_2")).containsExactly("1", "2", "3");
        assertThat(manifest("sweep3_2")).contains("\"timeseries\" : \"all\"");
        assertThat(Files.readString(dir.resolve("all/sweep3_1/manifest.json"))).contains("\"timeseries\" : \"all\"");
    }

    @Test
    void shouldWriteOnlyKpisAndTheManifestWithNone() {
        Cli.Result r = Cli.run("run", "--runs", "2", "--days", "3", "--threads", "1", "--timeseries", "none",
                "--out", out());

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(Cli.filesUnder(out().resolve("Base"))).containsExactly("kpis.csv", "manifest.json");
        Cli.Result aggregate = Cli.run("aggregate", "Base", "--out", out());
        assertThat(aggregate.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(aggregate.err()).contains("was stored without time series");
    }

    @Test
    void shouldSkipStoredTimeSeriesOfAtLeastTheRunsAskedAndRefuseFewer() throws IOException {
        assertThat(Cli.run("run", "--runs", "2", "--days", "3", "--threads", "1", "--out", out()).exitCode()).isZero();
        String first = manifest("Base");

        Cli.Result fewer = Cli.run("run", "--runs", "2", "--days", "3", "--threads", "1", "--timeseries", "runs:1",
                "--out", out());
        assertThat(fewer.exitCode()).as(fewer.toString()).isZero();
        assertThat(fewer.out()).contains("already complete (skipped)");
        assertThat(manifest("Base")).isEqualTo(first);

        assertThat(Cli.run("run", "--runs", "2", "--days", "3", "--threads", "1", "--timeseries", "none",
                "--overwrite", "--out", out()).exitCode()).isZero();
        Cli.Result more = Cli.run("run", "--runs", "2", "--days", "3", "--threads", "1", "--out", out());
        assertThat(more.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(more.err()).contains("time series: stored none, asked all").contains("--overwrite");
    }
}
