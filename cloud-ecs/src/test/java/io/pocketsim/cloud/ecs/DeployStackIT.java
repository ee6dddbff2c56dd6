package io.pocketsim.cloud.ecs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.pocketsim.testsupport.MotoServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Capability;
import software.amazon.awssdk.services.cloudformation.model.Output;
import software.amazon.awssdk.services.cloudformation.model.Parameter;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.cloudformation.model.StackStatus;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.AssignPublicIp;
import software.amazon.awssdk.services.ecs.model.LaunchType;
import software.amazon.awssdk.services.ecs.model.RunTaskResponse;
import software.amazon.awssdk.services.ecs.model.TaskDefinition;

/**
 * deploy/pocketsim.yaml, created for real in moto's CloudFormation: the stack completes, its Outputs are the
 * settings the launcher needs, and the cluster and task definition it made accept a Fargate RunTask. Also checks
 * the template's own policies are least-privilege.
 */
class DeployStackIT {
    private static final Path TEMPLATE = Path.of(System.getProperty("pocketsim.root", "..")).resolve("deploy/pocketsim.yaml");
    private static MotoServer moto;
    private static Map<String, String> outputs;

    @BeforeAll
    static void createStack() throws Exception {
        moto = MotoServer.start();
        var creds = StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test"));
        String vpc;
        List<String> subnets;
        try (Ec2Client ec2 = Ec2Client.builder().endpointOverride(moto.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(creds).build()) {
            vpc = ec2.describeVpcs().vpcs().get(0).vpcId();
            subnets = ec2.describeSubnets().subnets().stream().map(s -> s.subnetId()).limit(2).toList();
        }
        try (CloudFormationClient cfn = CloudFormationClient.builder().endpointOverride(moto.endpoint())
                .region(Region.US_EAST_1).credentialsProvider(creds).build()) {
            String body = Files.readString(TEMPLATE);
            cfn.createStack(b -> b.stackName("pocketsim-test").templateBody(body)
                    .capabilities(Capability.CAPABILITY_IAM)
                    .parameters(Parameter.builder().parameterKey("VpcId").parameterValue(vpc).build(),
                            Parameter.builder().parameterKey("Subnets").parameterValue(String.join(",", subnets)).build()));
            Stack stack = awaitStack(cfn, "pocketsim-test");
            assertThat(stack.stackStatus()).as(stack.stackStatusReason()).isEqualTo(StackStatus.CREATE_COMPLETE);
            outputs = stack.outputs().stream().collect(Collectors.toMap(Output::outputKey, Output::outputValue));
        }
    }

    @AfterAll
    static void stop() {
        if (moto != null) {
            moto.close();
        }
    }

    @Test
    void outputsNameEverySettingTheLauncherNeeds() {
        assertThat(outputs).containsKeys("Region", "Cluster", "TaskDefinition", "ContainerName", "Subnets",
                "SecurityGroups", "AssignPublicIp", "ResultsUri", "LogGroup", "RepositoryUri", "LauncherPolicyArn");
        assertThat(outputs.get("ResultsUri")).startsWith("s3://").endsWith("/pocketsim");
        assertThat(outputs.get("Subnets").split(",")).hasSize(2);
        assertThat(outputs.get("TaskDefinition")).isEqualTo("pocketsim-test-pocketsim");
        assertThat(outputs.get("AssignPublicIp")).isEqualTo("DISABLED");
    }

    @Test
    void theStacksClusterAndTaskDefinitionRunAFargateTask() {
        try (EcsClient ecs = EcsClient.builder().endpointOverride(moto.endpoint()).region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")))
                .build()) {
            TaskDefinition td = ecs.describeTaskDefinition(b -> b.taskDefinition(outputs.get("TaskDefinition")))
                    .taskDefinition();
            // moto's CloudFormation keeps the family, containers and memory of a task definition but drops its
            // network mode, compatibilities and roles; those are checked on the template itself below
            assertThat(td.family()).isEqualTo(outputs.get("TaskDefinition"));
            assertThat(td.containerDefinitions()).singleElement()
                    .satisfies(c -> {
                        assertThat(c.name()).isEqualTo(outputs.get("ContainerName"));
                        assertThat(c.image()).startsWith(outputs.get("RepositoryUri") + ":");
                        assertThat(c.memory()).isEqualTo(4096);
                    });
            RunTaskResponse r = ecs.runTask(b -> b.cluster(outputs.get("Cluster"))
                    .taskDefinition(outputs.get("TaskDefinition")).launchType(LaunchType.FARGATE).count(1)
                    .startedBy("deploy-stack-it")
                    .overrides(o -> o.containerOverrides(c -> c.name(outputs.get("ContainerName"))
                            .command("task", "--help")))
                    .networkConfiguration(n -> n.awsvpcConfiguration(a -> a
                            .subnets(outputs.get("Subnets").split(","))
                            .securityGroups(outputs.get("SecurityGroups"))
                            .assignPublicIp(AssignPublicIp.DISABLED))));
            assertThat(r.failures()).isEmpty();
            assertThat(r.tasks()).singleElement().satisfies(t -> assertThat(t.lastStatus()).isEqualTo("RUNNING"));
        }
    }

    /** What moto's CloudFormation does not keep: a Fargate, awsvpc task definition with both roles and awslogs. */
    @Test
    void taskDefinitionIsFargateWithRolesAndLogs() throws Exception {
        JsonNode td = new ObjectMapper(new YAMLFactory()).readTree(TEMPLATE.toFile())
                .at("/Resources/TaskDefinition/Properties");
        assertThat(td.path("RequiresCompatibilities").toString()).isEqualTo("[\"FARGATE\"]");
        assertThat(td.path("NetworkMode").asText()).isEqualTo("awsvpc");
        assertThat(td.at("/TaskRoleArn/Fn::GetAtt").toString()).isEqualTo("[\"TaskRole\",\"Arn\"]");
        assertThat(td.at("/ExecutionRoleArn/Fn::GetAtt").toString()).isEqualTo("[\"ExecutionRole\",\"Arn\"]");
        assertThat(td.at("/ContainerDefinitions/0/LogConfiguration/LogDriver").asText()).isEqualTo("awslogs");
    }

    /** No policy of the template grants a wildcard action or a bare "*" resource. */
    @Test
    void policiesAreLeastPrivilege() throws Exception {
        JsonNode template = new ObjectMapper(new YAMLFactory()).readTree(TEMPLATE.toFile());
        List<JsonNode> statements = new ArrayList<>();
        template.path("Resources").forEach(r -> {
            r.path("Properties").path("Policies").forEach(p -> p.path("PolicyDocument").path("Statement")
                    .forEach(statements::add));
            r.path("Properties").path("PolicyDocument").path("Statement").forEach(statements::add);
        });
        assertThat(statements).hasSizeGreaterThanOrEqualTo(8);
        for (JsonNode s : statements) {
            assertThat(s.path("Effect").asText()).isEqualTo("Allow");
            for (JsonNode action : s.path("Action").isArray() ? s.path("Action") : List.of(s.path("Action"))) {
                assertThat(action.asText()).as(s.toString()).doesNotContain("*").contains(":");
            }
            JsonNode res = s.path("Resource");
            assertThat(res.isMissingNode()).as("statement without a resource: " + s).isFalse();
            for (JsonNode r : res.isArray() ? res : List.of(res)) {
                assertThat(r.isTextual() ? r.asText() : "").as(s.toString()).isNotEqualTo("*");
            }
        }
        // the task role may only touch the results prefix
        JsonNode taskPolicy = template.at("/Resources/TaskRole/Properties/Policies/0/PolicyDocument/Statement");
        assertThat(taskPolicy.toString()).contains("${ResultsPrefix}/*").doesNotContain("ecs:").doesNotContain("iam:");
    }

    private static Stack awaitStack(CloudFormationClient cfn, String name) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            Stack s = cfn.describeStacks(b -> b.stackName(name)).stacks().get(0);
            if (!s.stackStatusAsString().endsWith("IN_PROGRESS") || System.nanoTime() > deadline) {
                return s;
            }
            Thread.sleep(200);
        }
    }
}
