package io.pocketsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * No Docker engine runs here, so the image is checked against what the build proves: the Dockerfile copies every
 * module's pom before resolving dependencies, builds the module that makes the runnable jar, and runs that jar
 * (whose main class is the CLI) as a non-root user with nothing secret in the image.
 */
class DockerfileIT {
    private static final Path ROOT = Path.of(System.getProperty("pocketsim.root", ".."));

    private static String dockerfile() throws Exception {
        return Files.readString(ROOT.resolve("Dockerfile"));
    }

    @Test
    void copiesEveryModulesPomBeforeResolvingDependencies() throws Exception {
        String pom = Files.readString(ROOT.resolve("pom.xml"));
        Matcher m = Pattern.compile("<module>([^<]+)</module>").matcher(pom);
        String docker = dockerfile();
        int goOffline = docker.indexOf("dependency:go-offline");
        assertThat(goOffline).isPositive();
        int modules = 0;
        while (m.find()) {
            modules++;
            String copy = "COPY " + m.group(1) + "/pom.xml " + m.group(1) + "/";
            assertThat(docker).as("the Dockerfile copies " + m.group(1) + "/pom.xml").contains(copy);
            assertThat(docker.indexOf(copy)).isLessThan(goOffline);
        }
        assertThat(modules).isGreaterThanOrEqualTo(7);
    }

    @Test
    void runsTheJarTheBuildProducesWithTheCliAsMainClass() throws Exception {
        String docker = dockerfile();
        Matcher copy = Pattern.compile("COPY --from=build /src/(\\S+) (\\S+)").matcher(docker);
        assertThat(copy.find()).isTrue();
        Path jar = ROOT.resolve(copy.group(1));
        assertThat(jar).as("the jar the Dockerfile copies is what the build made").isRegularFile();
        try (JarFile j = new JarFile(jar.toFile())) {
            String main = j.getManifest().getMainAttributes().getValue("Main-Class");
            assertThat(main).isEqualTo(PocketsimCli.class.getName());
            assertThat(j.getEntry(main.replace('.', '/') + ".class")).isNotNull();
        }
        assertThat(docker).contains("ENTRYPOINT [\"java\", \"-jar\", \"" + copy.group(2) + "\"]");
        String module = copy.group(1).substring(0, copy.group(1).indexOf('/'));
        assertThat(docker).contains("-pl " + module + " -am package");
    }

    @Test
    void pinnedBaseImagesNonRootUserAndNoCredentials() throws Exception {
        String docker = dockerfile();
        List<String> from = docker.lines().filter(l -> l.startsWith("FROM ")).toList();
        assertThat(from).hasSize(2);
        for (String f : from) {
            assertThat(f).as("base image pinned to an exact version").matches("FROM [\\w./-]+:\\d+\\.\\d+\\.\\d+[\\w.-]*( AS \\w+)?");
        }
        List<String> users = docker.lines().filter(l -> l.startsWith("USER ")).toList();
        assertThat(users).singleElement().satisfies(u -> assertThat(u).isNotIn("USER root", "USER 0"));
        assertThat(docker.lastIndexOf("USER ")).isGreaterThan(docker.lastIndexOf("FROM "));
        assertThat(docker).doesNotContainIgnoringCase("AWS_ACCESS_KEY").doesNotContainIgnoringCase("AWS_SECRET")
                .doesNotContainIgnoringCase("aws configure").doesNotContain(".aws/");
        String ignore = Files.readString(ROOT.resolve(".dockerignore"));
        assertThat(ignore).contains("aws-credentials*", ".aws/", "results/", "**/target/");
    }
}
