package io.pocketsim.cloud.ecs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.pocketsim.cloud.ecs.testutils.MotoAws;
import io.pocketsim.testsupport.MotoServer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.regions.Region;
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
    private static final Path TEMPLATE = MotoAws.TEMPLATE;
    private static MotoServer moto;
    private static Map<String, String> outputs;

    @BeforeAll
    static void createStack() throws Exception {
        moto = MotoServer.start();
        outputs = MotoAws.outputs(MotoAws.createStack(moto, "pocketsim-test"));
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
        try (EcsClient ecs = MotoAws.ecs(moto)) {
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
}
