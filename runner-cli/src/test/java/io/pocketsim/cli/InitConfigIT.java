package io.pocketsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.pocketsim.testsupport.MotoServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Capability;
import software.amazon.awssdk.services.cloudformation.model.Parameter;
import software.amazon.awssdk.services.cloudformation.model.StackStatus;
import software.amazon.awssdk.services.ec2.Ec2Client;

/**
 * {@code init-config --from-stack} against a stack of deploy/pocketsim.yaml created in moto's CloudFormation: the
 * file it writes gives every command the stack's settings through {@link ConfigDefaults}; a missing stack or an
 * existing file is one bad-input line and nothing written.
 */
@Timeout(120)
class InitConfigIT {
    private static final Path TEMPLATE = Path.of(System.getProperty("pocketsim.root", ".."))
            .resolve("deploy/pocketsim.yaml");
    private static final Map<String, String> CREDENTIALS = Map.of("aws.accessKeyId", "testing",
            "aws.secretAccessKey", "testing");
    private static MotoServer moto;
    private static List<String> subnets;

    @TempDir
    Path dir;

    @BeforeAll
    static void createStack() throws Exception {
        moto = MotoServer.start();
        CREDENTIALS.forEach(System::setProperty);
        var creds = StaticCredentialsProvider.create(AwsBasicCredentials.create("testing", "testing"));
        String vpc;
        try (Ec2Client ec2 = Ec2Client.builder().endpointOverride(moto.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(creds).build()) {
            vpc = ec2.describeVpcs().vpcs().get(0).vpcId();
            subnets = ec2.describeSubnets().subnets().stream().map(s -> s.subnetId()).limit(2).toList();
        }
        try (CloudFormationClient cfn = CloudFormationClient.builder().endpointOverride(moto.endpoint())
                .region(Region.US_EAST_1).credentialsProvider(creds).build()) {
            String body = Files.readString(TEMPLATE);
            cfn.createStack(b -> b.stackName("ps-init").templateBody(body).capabilities(Capability.CAPABILITY_IAM)
                    .parameters(Parameter.builder().parameterKey("VpcId").parameterValue(vpc).build(),
                            Parameter.builder().parameterKey("Subnets").parameterValue(String.join(",", subnets))
                                    .build()));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            StackStatus status;
            do {
                Thread.sleep(100);
                status = cfn.describeStacks(b -> b.stackName("ps-init")).stacks().get(0).stackStatus();
            } while (status == StackStatus.CREATE_IN_PROGRESS && System.nanoTime() < deadline);
            assertThat(status).isEqualTo(StackStatus.CREATE_COMPLETE);
        }
    }

    @AfterAll
    static void stop() {
        CREDENTIALS.keySet().forEach(System::clearProperty);
        if (moto != null) {
            moto.close();
        }
    }

    private Cli.Result initConfig(String stack, Path to, String... more) {
        List<Object> args = new java.util.ArrayList<>(List.of("init-config", "--from-stack", stack, "--to", to,
                "--region", "us-east-1", "--cloudformation-endpoint", moto.endpoint()));
        args.addAll(List.of(more));
        return Cli.run(args.toArray());
    }

    @Test
    void shouldWriteTheStacksSettingsAsTheConfigEveryCommandReads() {
        Path file = dir.resolve("pocketsim.yaml");
        Cli.Result r = initConfig("ps-init", file);
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("wrote " + file).contains("cluster ");

        ConfigDefaults c = ConfigDefaults.load(file, Map.of());
        assertThat(c.lookup("launch", "cluster")).isPresent();
        assertThat(c.lookup("adaptive", "task-definition")).hasValue("ps-init-pocketsim");
        assertThat(c.lookup("launch", "container")).hasValue("pocketsim");
        assertThat(c.lookup("launch", "subnets")).hasValue(String.join(",", subnets));
        assertThat(c.lookup("launch", "security-groups").orElseThrow()).startsWith("sg-");
        assertThat(c.lookup("launch", "assign-public-ip")).hasValue("false");
        assertThat(c.lookup("launch", "region")).hasValue("us-east-1");
        assertThat(c.lookup("status", "s3-region")).hasValue("us-east-1");
        assertThat(c.lookup("status", "out").orElseThrow()).startsWith("s3://").endsWith("/pocketsim");

        // an existing file is kept unless --force
        Cli.Result again = initConfig("ps-init", file);
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err().strip()).contains("--to").contains("--force").doesNotContain("\n");
        Cli.Result forced = initConfig("ps-init", file, "--force");
        assertThat(forced.exitCode()).as(forced.toString()).isZero();
    }

    @Test
    void shouldRefuseAMissingStackInOneLineAndWriteNothing() throws Exception {
        Path file = dir.resolve("pocketsim.yaml");
        Cli.Result r = initConfig("no-such-stack", file);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip()).contains("stack no-such-stack does not exist").doesNotContain("\n");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }
}
