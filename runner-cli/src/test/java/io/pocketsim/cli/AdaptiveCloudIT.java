package io.pocketsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.pocketsim.cloud.ecs.testutils.FakeFargate;
import io.pocketsim.cloud.ecs.testutils.MotoAws;
import io.pocketsim.testsupport.MotoServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * End-to-end test 2 of the adaptive study, the cloud path: the stack of deploy/pocketsim.yaml created in moto's
 * CloudFormation, {@code init-config --from-stack} writing the config, then {@code adaptive --executor ecs} into the
 * stack's ResultsUri with {@link FakeFargate} running each task's {@code pocketsim task} in this JVM. The result
 * files, grids and PSuU steps are byte for byte those of the same study run locally ({@code --executor local --out
 * DIR}); the study continues from the store alone; missing ECS settings are one bad-input line.
 */
@Timeout(180)
class AdaptiveCloudIT {
    private static final String STUDY = "svc-s42";
    private static MotoAccount aws;
    private static MotoServer moto;
    private static S3Client s3;
    private static EcsClient ecs;

    @TempDir
    Path dir;
    private FakeFargate fargate;

    @BeforeAll
    static void createStack() throws Exception {
        aws = MotoAccount.start();
        moto = aws.server();
        // tasks stay RUNNING until FakeFargate stops them (moto would otherwise stop them on its own)
        moto.holdState("ecs::task");
        s3 = aws.s3();
        ecs = aws.ecs();
        MotoAws.createStack(moto, "ps-study");
    }

    @AfterAll
    static void stop() {
        if (aws != null) {
            aws.close();
        }
    }

    @AfterEach
    void stopRuntime() throws InterruptedException {
        if (fargate != null) {
            fargate.close();
            assertThat(fargate.error()).isNull();
        }
    }

    /** The container: {@code pocketsim task ...} with moto's S3 endpoint (the task role's environment on AWS). */
    private static int container(List<String> command) {
        List<String> args = new ArrayList<>(command);
        args.addAll(1, List.of("--s3-endpoint", moto.endpoint().toString(), "--s3-region", "us-east-1",
                "--threads", "2"));
        return Cli.run(args.toArray()).exitCode();
    }

    /** The CLI with a config file's defaults, as {@code POCKETSIM_CONFIG=file pocketsim ...} would run. */
    private static Cli.Result withConfig(ConfigDefaults defaults, Object... args) {
        CommandLine cl = PocketsimCli.commandLine(defaults);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(Stream.of(args).map(String::valueOf).toArray(String[]::new));
        return new Cli.Result(code, out.toString(), err.toString());
    }

    private static List<Object> study(Path gridFile) {
        return List.of("adaptive", gridFile, "--iterations", "2", "--threads", "2", "--bootstrap", "40");
    }

    @Test
    void shouldRunTheStudyOnTheStacksClusterWithTheBytesOfTheLocalStudy() throws Exception {
        Path gridFile = TestGrids.serviceFamily(dir, "svc", 2, 5);
        Path local = dir.resolve("local");
        List<Object> localArgs = new ArrayList<>(study(gridFile));
        localArgs.addAll(List.of("--executor", "local", "--out", local));
        Cli.Result reference = Cli.run(localArgs.toArray());
        assertThat(reference.exitCode()).as(reference.toString()).isZero();

        Path config = dir.resolve("pocketsim.yaml");
        Cli.Result init = Cli.run("init-config", "--from-stack", "ps-study", "--to", config, "--region", "us-east-1",
                "--cloudformation-endpoint", moto.endpoint());
        assertThat(init.exitCode()).as(init.toString()).isZero();
        ConfigDefaults defaults = ConfigDefaults.load(config, Map.of());
        URI results = URI.create(defaults.lookup("adaptive", "out").orElseThrow());
        String bucket = results.getHost();
        String prefix = results.getPath().substring(1);

        String cluster = defaults.lookup("adaptive", "cluster").orElseThrow();
        fargate = new FakeFargate(ecs, cluster, AdaptiveCloudIT::container, (n, cmd) -> FakeFargate.Behaviour.run());
        List<Object> cloudArgs = new ArrayList<>(study(gridFile));
        cloudArgs.addAll(List.of("--executor", "ecs", "--copy-to", dir.resolve("copy"), "--s3-endpoint",
                moto.endpoint(), "--ecs-endpoint", moto.endpoint(), "--experiments-per-task", "3",
                "--max-concurrent", "2", "--poll", "50ms"));
        Cli.Result cloud = withConfig(defaults, cloudArgs.toArray());
        assertThat(cloud.exitCode()).as(cloud.toString()).isZero();
        assertThat(cloud.out()).contains("on ecs into " + results, "ag1 " + STUDY + "_ag1_: 8 points x 2 runs (8 run",
                "ag2 " + STUDY + "_ag2_: 8 points x 2 runs (8 run");
        // 8 points in tasks of at most 3, per iteration
        assertThat(fargate.commands()).as(cloud.out() + cloud.err()).hasSize(6).allSatisfy(c -> assertThat(c).contains("--stored-grid"));

        // every file of the local study, in the store, with the same content (manifests: only their times differ)
        List<String> expected = Cli.filesUnder(local);
        List<String> stored = s3.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix + "/")).contents()
                .stream().map(S3Object::key).map(k -> k.substring(prefix.length() + 1))
                .filter(k -> k.startsWith(STUDY) || k.startsWith("grids/") || k.startsWith("psuu/")).sorted()
                .toList();
        assertThat(stored).isEqualTo(expected.stream().filter(f -> !f.startsWith("grids/")
                || f.startsWith("grids/" + STUDY)).toList());
        assertThat(expected).contains("psuu/" + STUDY + "_ag2_/best.json", "grids/" + STUDY + "_ag3_.json");
        for (String f : expected) {
            if (f.endsWith("manifest.json")) {
                byte[] m = s3.getObjectAsBytes(b -> b.bucket(bucket).key(prefix + "/" + f)).asByteArray();
                assertThat(withoutTimes(m)).as(f).isEqualTo(withoutTimes(Files.readAllBytes(local.resolve(f))));
                continue;
            }
            if (!stored.contains(f)) {
                continue;
            }
            byte[] bytes = s3.getObjectAsBytes(b -> b.bucket(bucket).key(prefix + "/" + f)).asByteArray();
            byte[] want = Files.readAllBytes(local.resolve(f));
            assertThat(f.endsWith(".gz") ? gunzip(bytes) : bytes).as(f)
                    .isEqualTo(f.endsWith(".gz") ? gunzip(want) : want);
        }
        // the local copy holds the same grids and steps
        for (String f : Cli.filesUnder(dir.resolve("copy"))) {
            assertThat(dir.resolve("copy").resolve(f)).as(f).hasSameBinaryContentAs(local.resolve(f));
        }
        assertThat(Cli.filesUnder(dir.resolve("copy"))).contains("grids/" + STUDY + "_ag3_.json",
                "psuu/" + STUDY + "_ag1_/scores.csv");

        // from the store alone (a fresh copy folder): nothing runs again, every step is found scored
        int tasks = fargate.commands().size();
        List<Object> again = new ArrayList<>(cloudArgs);
        again.set(again.indexOf(dir.resolve("copy")), dir.resolve("copy2"));
        Cli.Result resumed = withConfig(defaults, again.toArray());
        assertThat(resumed.exitCode()).as(resumed.toString()).isZero();
        assertThat(resumed.out()).contains("(0 run, 8 already complete, step already scored").doesNotContain("8 run,");
        assertThat(fargate.commands()).hasSize(tasks);
        assertThat(dir.resolve("copy2").resolve("grids").resolve(STUDY + "_ag3_.json"))
                .hasSameBinaryContentAs(local.resolve("grids").resolve(STUDY + "_ag3_.json"));
    }

    /** {@code --executor local --out s3://...}: this machine runs the grids, the store keeps the same files. */
    @Test
    void shouldRunTheStudyHereIntoAnS3StoreWithTheSameFiles() throws Exception {
        Path gridFile = TestGrids.serviceFamily(dir, "svc", 2, 5);
        Path local = dir.resolve("local");
        List<Object> localArgs = new ArrayList<>(study(gridFile));
        localArgs.addAll(List.of("--executor", "local", "--out", local));
        assertThat(Cli.run(localArgs.toArray()).exitCode()).isZero();

        s3.createBucket(b -> b.bucket("here"));
        List<Object> args = new ArrayList<>(study(gridFile));
        args.addAll(List.of("--executor", "local", "--out", "s3://here/study", "--copy-to", dir.resolve("copy"),
                "--s3-endpoint", moto.endpoint(), "--s3-region", "us-east-1"));
        Cli.Result r = Cli.run(args.toArray());
        assertThat(r.exitCode()).as(r.toString()).isZero();
        for (String f : Cli.filesUnder(local)) {
            if (f.endsWith("manifest.json")) {
                continue;
            }
            byte[] bytes = s3.getObjectAsBytes(b -> b.bucket("here").key("study/" + f)).asByteArray();
            byte[] want = Files.readAllBytes(local.resolve(f));
            assertThat(f.endsWith(".gz") ? gunzip(bytes) : bytes).as(f).isEqualTo(f.endsWith(".gz") ? gunzip(want)
                    : want);
        }
    }

    @Test
    void shouldRefuseMissingEcsSettingsWithOneLineAndWriteNothing() throws Exception {
        Path gridFile = TestGrids.serviceFamily(dir, "svc", 2, 5);
        s3.createBucket(b -> b.bucket("no-config"));
        List<Object> args = new ArrayList<>(study(gridFile));
        args.addAll(List.of("--executor", "ecs", "--out", "s3://no-config/p", "--copy-to", dir.resolve("copy"),
                "--s3-endpoint", moto.endpoint(), "--s3-region", "us-east-1", "--region", "us-east-1",
                "--ecs-endpoint", moto.endpoint(), "--container", "pocketsim"));
        Cli.Result r = Cli.run(args.toArray());
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip()).contains("cluster", "task-definition").doesNotContain("\n");
        assertThat(s3.listObjectsV2(b -> b.bucket("no-config")).contents()).isEmpty();
        assertThat(dir.resolve("copy")).doesNotExist();
    }

    /** A manifest without the fields that say when and by which build it was written (and its own hash, over them). */
    private static com.fasterxml.jackson.databind.JsonNode withoutTimes(byte[] manifest) throws IOException {
        com.fasterxml.jackson.databind.JsonNode n = new com.fasterxml.jackson.databind.ObjectMapper().readTree(manifest);
        strip(n);
        return n;
    }

    private static void strip(com.fasterxml.jackson.databind.JsonNode n) {
        if (n instanceof com.fasterxml.jackson.databind.node.ObjectNode o) {
            List<String> drop = new ArrayList<>();
            o.fieldNames().forEachRemaining(k -> {
                if (k.matches("(?i).*(time|date|created|started|finished|software|version|elapsed|host"
                        + "|manifestsha256).*")) {
                    drop.add(k);
                }
            });
            o.remove(drop);
        }
        n.forEach(AdaptiveCloudIT::strip);
    }

    private static byte[] gunzip(byte[] gz) {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gz))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
