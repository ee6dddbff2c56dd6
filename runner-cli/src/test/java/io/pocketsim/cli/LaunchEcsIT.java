package io.pocketsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.pocketsim.cloud.ecs.testutils.FakeFargate;
import io.pocketsim.cloud.ecs.testutils.MotoAws;
import io.pocketsim.testsupport.MotoServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.Compatibility;
import software.amazon.awssdk.services.ecs.model.ContainerDefinition;
import software.amazon.awssdk.services.ecs.model.NetworkMode;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * {@code launch --executor ecs} through the real CLI against moto (ECS and S3): {@link FakeFargate} plays the
 * containers, running each task's command override through {@code pocketsim task} in this JVM. The same grid
 * launched locally into a folder gives the same bytes.
 */
@Timeout(120)
class LaunchEcsIT {
    private static final String GRID = """
            { "name": "tiny_", "model": "pocket", "stateSet": "Base", "parameterSet": "Base", "runs": 2, "days": 4,
              "environmental": { "servicer_max_number": [20, 30, 40] } }
            """;
    private static MotoAccount aws;
    private static MotoServer moto;
    private static S3Client s3;
    private static EcsClient ecs;

    @TempDir
    Path dir;
    private FakeFargate fargate;
    private List<String> subnets;
    private List<String> securityGroups;

    @BeforeAll
    static void startMoto() {
        aws = MotoAccount.start();
        moto = aws.server();
        s3 = aws.s3();
        ecs = aws.ecs();
    }

    @AfterAll
    static void stopMoto() {
        if (aws != null) {
            aws.close();
        }
    }

    @BeforeEach
    void setUp() {
        moto.reset();
        moto.holdState("ecs::task");
        s3.createBucket(b -> b.bucket("pocketsim-it"));
        ecs.createCluster(b -> b.clusterName("grid-cluster"));
        // moto 5.2.1 answers RunTask with 500 without the container's memory and the awsvpc security groups
        ecs.registerTaskDefinition(b -> b.family("pocketsim-task").requiresCompatibilities(Compatibility.FARGATE)
                .networkMode(NetworkMode.AWSVPC).cpu("1024").memory("2048")
                .containerDefinitions(ContainerDefinition.builder().name("pocketsim").image("pocketsim:test")
                        .memory(2048).essential(true).build()));
        MotoAws.Network net = MotoAws.Network.of(moto);
        subnets = net.subnets();
        securityGroups = net.securityGroups();
    }

    @AfterEach
    void stopRuntime() throws InterruptedException {
        if (fargate != null) {
            fargate.close();
            assertThat(fargate.error()).isNull();
        }
    }

    /** The container: {@code pocketsim task ...} with moto's S3 endpoint (the task role's environment on AWS). */
    private int container(List<String> command) {
        List<String> args = new ArrayList<>(command);
        args.addAll(1, List.of("--s3-endpoint", moto.endpoint().toString(), "--s3-region", "us-east-1"));
        Cli.Result r = Cli.run(args.toArray());
        return r.exitCode();
    }

    private Cli.Result launchEcs(Path grid, String out, String... more) {
        List<Object> args = new ArrayList<>(List.of("launch", "tiny_", "-g", grid, "-o", out, "--executor", "ecs",
                "--s3-endpoint", moto.endpoint(), "--s3-region", "us-east-1", "--region", "us-east-1",
                "--ecs-endpoint", moto.endpoint(), "--cluster", "grid-cluster", "--task-definition", "pocketsim-task",
                "--container", "pocketsim", "--subnets", String.join(",", subnets), "--security-groups",
                String.join(",", securityGroups), "--experiments-per-task", "2", "--max-concurrent", "2",
                "--poll", "50ms", "--tag", "project=pocketsim-it"));
        args.addAll(List.of(more));
        return Cli.run(args.toArray());
    }

    @Test
    void shouldRunAGridOnEcsWithTheSameBytesAsALocalLaunch() throws Exception {
        Path grid = Files.writeString(dir.resolve("tiny.json"), GRID);
        Path folder = dir.resolve("local");
        Cli.Result local = Cli.run("launch", "tiny_", "-g", grid, "-o", folder, "--experiments-per-task", "2");
        assertThat(local.exitCode()).as(local.toString()).isZero();

        fargate = new FakeFargate(ecs, "grid-cluster", this::container, (n, cmd) -> n == 1
                ? FakeFargate.Behaviour.failAtStart("CannotPullContainerError: image not found")
                : FakeFargate.Behaviour.run());
        Cli.Result r = launchEcs(grid, "s3://pocketsim-it/ecs");

        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("2 task(s), sizes 1 x 2 + 1 x 1")
                .contains("CannotPullContainerError").contains("queued for attempt 2")
                .contains("3/3 experiment(s) complete, 0 failed; 2 task(s), 3 attempt(s)");
        assertThat(fargate.maxRunning()).isLessThanOrEqualTo(2);
        // the task read the grid from the store
        assertThat(fargate.commands().get(0)).contains("--stored-grid");
        assertThat(s3.getObjectAsBytes(b -> b.bucket("pocketsim-it").key("ecs/grids/tiny.json")).asUtf8String())
                .isEqualTo(GRID);
        for (int i = 1; i <= 3; i++) {
            for (String file : List.of("kpis.csv", "timeseries.csv.gz")) {
                String key = "ecs/tiny_" + i + "/" + file;
                byte[] fromS3 = s3.getObjectAsBytes(b -> b.bucket("pocketsim-it").key(key)).asByteArray();
                assertThat(fromS3).as(key).isEqualTo(Files.readAllBytes(folder.resolve("tiny_" + i).resolve(file)));
            }
        }

        // launching again finds nothing to do and starts no task
        int tasks = fargate.commands().size();
        Cli.Result again = launchEcs(grid, "s3://pocketsim-it/ecs");
        assertThat(again.exitCode()).as(again.toString()).isZero();
        assertThat(again.out()).contains("nothing to run");
        assertThat(fargate.commands()).hasSize(tasks);
    }

    @Test
    void shouldReportAChunkThatFailsEveryAttemptAndExitOne() throws Exception {
        Path grid = Files.writeString(dir.resolve("tiny.json"), GRID);
        fargate = new FakeFargate(ecs, "grid-cluster", this::container, (n, cmd) -> cmd.contains("tiny_3")
                ? FakeFargate.Behaviour.failAtStart("OutOfMemoryError: Container killed due to memory usage")
                : FakeFargate.Behaviour.run());
        Cli.Result r = launchEcs(grid, "s3://pocketsim-it/fail", "--max-attempts", "2");

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).contains("2/3 experiment(s) complete, 1 failed")
                .containsPattern("failed: tiny_3: chunk 2/2 attempt 2: .*OutOfMemoryError.*log stream "
                        + "task/pocketsim/");
    }

    @Test
    void shouldPrintTheEcsPlanAndCallNothingOnADryRun() throws Exception {
        Path grid = Files.writeString(dir.resolve("tiny.json"), GRID);
        Cli.Result r = launchEcs(grid, "s3://pocketsim-it/dry", "--dry-run");
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("task 1 (2): pocketsim task --out s3://pocketsim-it/dry/ --seed 42 "
                + "--stored-grid tiny.json=").contains("ecs: cluster grid-cluster");
        assertThat(ecs.listTasks(b -> b.cluster("grid-cluster")).taskArns()).isEmpty();
        assertThat(s3.listObjectsV2(b -> b.bucket("pocketsim-it")).contents()).isEmpty();
    }
}
