package io.pocketsim.cloud.ecs;

import io.pocketsim.cloud.ecs.testutils.MotoAws;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.ecs.model.Compatibility;
import software.amazon.awssdk.services.ecs.model.ContainerDefinition;
import software.amazon.awssdk.services.ecs.model.NetworkMode;

/** The cluster and Fargate task definition every ECS test uses on moto (clients and network: {@link MotoAws}). */
final class MotoEcs {
    static final String CLUSTER = "pocketsim-test";
    static final String TASK_DEFINITION = "pocketsim-task";
    static final String CONTAINER = "pocket";

    private MotoEcs() {
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

    /** Settings for the fixture, with fast polling. */
    static EcsSettings settings(MotoAws.Network net, int maxConcurrent, Duration timeout) {
        return new EcsSettings(CLUSTER, TASK_DEFINITION, CONTAINER, net.subnets(), net.securityGroups(), false, List.of(), Map.of("project", "pocketsim-test"), maxConcurrent, timeout,
                "pocketsim", Duration.ofMillis(20), Duration.ofMillis(200));
    }
}
