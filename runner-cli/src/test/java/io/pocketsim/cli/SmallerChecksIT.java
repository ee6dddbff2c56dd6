package io.pocketsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 15, item 6: grid-file checks at load, "-" for standard output, README outputs kept out of the tree. */
class SmallerChecksIT {
    @TempDir
    Path dir;

    private Path familyGrid(String scenarioField, String scenario) {
        return Cli.write(dir.resolve("fam.json"), "{\"name\": \"fam_ag1_\", \"family\": \"fam\", \"iteration\": 1, \""
                + scenarioField + "\": \"" + scenario + "\", \"model\": \"pocket\", \"stateSet\": \"Base\", "
                + "\"parameterSet\": \"Base\", \"runs\": 1, \"days\": 2, "
                + "\"protocol\": {\"slash_fraction_downtime\": [1e-10, 0.1]}, "
                + "\"environmental\": {\"servicer_service_density_starting\": [0.1, 0.5]}}");
    }

    @Test
    void shouldRefuseAMisspelledScenarioWhenRunLoadsTheGridFile() {
        Path grid = familyGrid("scenario", "network_viabilty");
        Path out = dir.resolve("out");

        Cli.Result r = Cli.run("run", "-g", grid, "-e", "fam_ag1_", "-o", out);

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("--grid-file").contains("scenario").contains("network_viabilty")
                .contains("did you mean network_viability?");
        assertThat(out).doesNotExist();
    }

    @Test
    void shouldRefuseAMisspelledFieldName() {
        Cli.Result r = Cli.run("run", "-g", familyGrid("scenaro", "network_viability"), "-e", "fam_ag1_", "-o",
                dir.resolve("out"));

        assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("scenaro").contains("did you mean scenario?");
    }

    @Test
    void shouldSayAGridFileThatIsAFolderIsAFolder() {
        Cli.Result r = Cli.run("run", "-g", dir, "-o", dir.resolve("out"));

        assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("--grid-file").contains("is a folder").doesNotContain("no such file");
    }

    @Test
    void shouldWriteKpisToStandardOutputForDash() {
        Path store = dir.resolve("store");
        assertThat(Cli.run("run", "-d", "2", "-n", "2", "-t", "1", "-o", store).exitCode()).isZero();

        Cli.Result r = Cli.run("kpis", "Base", "-o", store, "--to", "-");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("experiment,").hasLineCount(3);
        assertThat(Path.of("-")).as("no file named -").doesNotExist();
    }

    /** Every {@code --to}/{@code --out} of the README's examples is a git-ignored place, not the top of the tree. */
    @Test
    void shouldKeepTheReadmesExampleOutputsInIgnoredFolders() throws IOException {
        Path root = Path.of(System.getProperty("pocketsim.root", "..")).toAbsolutePath().normalize();
        String readme = Files.readString(root.resolve("README.md"), StandardCharsets.UTF_8);
        List<String> ignore = Files.readAllLines(root.resolve(".gitignore"));
        Matcher m = Pattern.compile("--(?:to|out) (\\S+)").matcher(readme);
        List<String> targets = new ArrayList<>();
        while (m.find()) {
            targets.add(m.group(1));
        }
        assertThat(targets).isNotEmpty();
        for (String t : targets) {
            boolean ignored = t.equals("-") || t.startsWith("s3://") || t.startsWith("results/") || t.startsWith("psuu/")
                    || (t.startsWith("results-") && ignore.contains("/results-*/"));
            assertThat(ignored).as(t + " is an output outside the git-ignored folders").isTrue();
        }
        assertThat(ignore).contains("results/", "/psuu/", "/*-distribution.csv");
    }
}
