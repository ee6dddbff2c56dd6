package io.pocketsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Option defaults from pocketsim.yaml and POCKETSIM_* variables; flags still win. */
class ConfigDefaultsTest {
    private static final String GRID = """
            { "name": "tiny_", "model": "pocket", "stateSet": "Base", "parameterSet": "Base", "runs": 2, "days": 4,
              "environmental": { "servicer_max_number": [20, 30, 40, 50, 60] } }
            """;

    @TempDir
    Path dir;

    private Cli.Result run(ConfigDefaults defaults, Object... args) {
        CommandLine cl = PocketsimCli.commandLine(defaults);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(java.util.stream.Stream.of(args).map(String::valueOf).toArray(String[]::new));
        return new Cli.Result(code, out.toString(), err.toString());
    }

    private Path config(String yaml) throws Exception {
        return Files.writeString(dir.resolve("pocketsim.yaml"), yaml);
    }

    @Test
    void shouldTakeEcsSettingsFromTheFileAndTheEnvironmentWithFlagsWinning() throws Exception {
        Path grid = Files.writeString(dir.resolve("tiny.json"), GRID);
        Files.createDirectories(dir.resolve("store"));
        ConfigDefaults d = ConfigDefaults.load(config("""
                out: %s
                aws:
                  region: eu-west-1
                ecs:
                  cluster: from-file
                  task-definition: pocketsim-task:3
                  container: pocketsim
                  subnets: [subnet-a, subnet-b]
                  security-groups: sg-1
                  tags: {team: sim}
                launch:
                  experiments-per-task: 2
                """.formatted("s3://bucket-x/grids")), Map.of("POCKETSIM_MAX_ATTEMPTS", "5",
                "POCKETSIM_MAX_CONCURRENT", "4"));

        assertThat(d.lookup("launch", "region")).contains("eu-west-1");
        assertThat(d.lookup("launch", "subnets")).contains("subnet-a,subnet-b");
        assertThat(d.lookup("launch", "tag")).contains("team=sim");

        // a dry run against a local store: the file's out is overridden by the flag
        Cli.Result r = run(d, "launch", "tiny_", "-g", grid, "-o", dir.resolve("store"), "--dry-run");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("5 experiment(s) in 3 task(s), sizes 2 x 2 + 1 x 1, up to 5 attempt(s) each");

        // with --executor ecs the cluster, cap and the rest come from the file and environment
        Cli.Result ecs = run(d, "launch", "tiny_", "-g", grid, "--executor", "ecs", "--dry-run",
                "--cluster", "from-flag", "--s3-endpoint", "http://127.0.0.1:9");
        assertThat(ecs.err()).doesNotContain("missing ECS setting");
    }

    @Test
    void shouldNameTheFileWhenItIsNotYaml() throws Exception {
        Path bad = config("out: [unclosed\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ConfigDefaults.load(bad, Map.of()))
                .isInstanceOf(BadInputException.class).hasMessageContaining(bad.toString())
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void shouldApplyToEveryCommand() throws Exception {
        ConfigDefaults d = ConfigDefaults.load(config("run:\n  seed: 7\n"), Map.of("POCKETSIM_DAYS", "2"));
        Path out = dir.resolve("r");
        Cli.Result r = run(d, "run", "-e", "Base", "-o", out, "--threads", "1");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        String manifest = Files.readString(out.resolve("Base/manifest.json"));
        assertThat(manifest).containsPattern("\"rootSeed\"\\s*:\\s*7").containsPattern("\"timesteps\"\\s*:\\s*2");
    }
}
