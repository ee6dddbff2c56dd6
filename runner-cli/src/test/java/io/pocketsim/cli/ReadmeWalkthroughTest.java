package io.pocketsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The top README's AWS walk-through names only commands and options that exist: each {@code ./pocketsim COMMAND
 * --option} line parses (picocli, no command run), and the files it names are in the tree.
 */
class ReadmeWalkthroughTest {
    private static final Path ROOT = Path.of(System.getProperty("pocketsim.root", "..")).toAbsolutePath().normalize();

    private static List<String> walkthrough() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        int start = readme.indexOf("## From clone to a study on AWS");
        assertThat(start).as("the README has the walk-through").isNotNegative();
        String section = readme.substring(start, readme.indexOf("\n## ", start + 3));
        List<String> lines = new ArrayList<>();
        for (String l : section.split("\n")) {
            String cmd = l.replaceAll("\\s+#.*$", "").strip();
            if (cmd.startsWith("./pocketsim ")) {
                lines.add(cmd);
            }
        }
        return lines;
    }

    @Test
    void shouldParseEveryCommandOfTheWalkthrough() throws IOException {
        List<String> lines = walkthrough();
        assertThat(lines.stream().map(l -> l.split("\\s+")[1])).contains("init-config", "launch", "adaptive",
                "status", "psuu", "report");
        for (String line : lines) {
            String[] args = line.substring("./pocketsim ".length()).split("\\s+");
            CommandLine cl = PocketsimCli.commandLine();
            // parsing checks the command, every option and its value's type; nothing is executed
            CommandLine.ParseResult r = cl.parseArgs(args);
            assertThat(r.hasSubcommand()).as(line).isTrue();
            assertThat(r.subcommand().unmatched()).as(line).isEmpty();
        }
    }

    @Test
    void shouldNameFilesThatExist() throws IOException {
        String readme = Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8);
        assertThat(readme).contains("file://deploy/pocketsim.yaml", "docs/aws.md");
        assertThat(ROOT.resolve("deploy/pocketsim.yaml")).isRegularFile();
        assertThat(ROOT.resolve("docs/aws.md")).isRegularFile();
        assertThat(ROOT.resolve("Dockerfile")).isRegularFile();
    }
}
