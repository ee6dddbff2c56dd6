package io.pocketsim.cloud.ecs;

import io.pocketsim.testsupport.MotoServer;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;
import software.amazon.awssdk.services.ec2.model.Subnet;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.Compatibility;
import software.amazon.awssdk.services.ecs.model.ContainerDefinition;
import software.amazon.awssdk.services.ecs.model.NetworkMode;

/** moto as the ECS endpoint: clients, and the cluster and Fargate task definition every test uses. */
final class MotoEcs {
    static final String CLUSTER = "pocketsim-test";
    static final String TASK_DEFINITION = "pocketsim-task";
    static final String CONTAINER = "pocket";

    private MotoEcs() {
    }

    /** A client of moto's ECS (moto takes any key; these are not credentials of anything). */
    static EcsClient client(MotoServer moto, ExecutionInterceptor... interceptors) {
        return EcsClient.builder()
                .endpointOverride(moto.endpoint())
                .region(Region.of(MotoServer.REGION))
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("moto", "moto")))
                .overrideConfiguration(c -> {
                    for (ExecutionInterceptor i : interceptors) {
                        c.addExecutionInterceptor(i);
                    }
                })
                .build();
    }

    /**
     * Creates the cluster and registers the task definition. moto 5.2.1 answers RunTask with HTTP 500 unless the
     * container has {@code memory} and the awsvpc configuration names security groups.
     */
    static void setUp(EcsClient ecs) {
        ecs.createCluster(b -> b.clusterName(CLUSTER));
        ecs.registerTaskDefinition(b -> b.family(TASK_DEFINITION)
                .requiresCompatibilities(Compatibility.FARGATE)
                .networkMode(NetworkMode.AWSVPC)
                .cpu("1024").memory("2048")
                .containerDefinitions(ContainerDefinition.builder().name(CONTAINER).image("pocketsim:test")
                        .memory(2048).essential(true).build()));
    }

    /** moto's default VPC: its subnets and security group (RunTask checks the subnets exist). */
    record Network(List<String> subnets, List<String> securityGroups) {
        static Network of(MotoServer moto) {
            try (Ec2Client ec2 = Ec2Client.builder().endpointOverride(moto.endpoint())
                    .region(Region.of(MotoServer.REGION))
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("moto", "moto")))
                    .build()) {
                return new Network(ec2.describeSubnets().subnets().stream().map(Subnet::subnetId).limit(2).toList(),
                        ec2.describeSecurityGroups().securityGroups().stream().map(SecurityGroup::groupId).limit(1)
                                .toList());
            }
        }
    }

    /** Settings for the fixture, with fast polling. */
    static EcsSettings settings(Network net, int maxConcurrent, Duration timeout) {
        return new EcsSettings(CLUSTER, TASK_DEFINITION, CONTAINER, net.subnets(), net.securityGroups(), false, List.of(), Map.of("project", "pocketsim-test"), maxConcurrent, timeout,
                "pocketsim", Duration.ofMillis(20), Duration.ofMillis(200));
    }
}
