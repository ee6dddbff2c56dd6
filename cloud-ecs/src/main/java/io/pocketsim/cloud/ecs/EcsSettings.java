package io.pocketsim.cloud.ecs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where and how chunks run as Fargate tasks. Nothing here has a hidden default account value: cluster, task
 * definition, container, subnets and security groups must be given (flags, environment or pocketsim.yaml).
 *
 * @param cluster           cluster name or ARN
 * @param taskDefinition    family or family:revision (a family alone means its latest ACTIVE revision)
 * @param container         the container whose command is overridden with the task command
 * @param subnets           awsvpc subnets
 * @param securityGroups    awsvpc security groups
 * @param assignPublicIp    whether tasks get a public IP (needed in public subnets without NAT or VPC endpoints)
 * @param capacityProviders empty for launch type FARGATE, else a strategy such as {@code FARGATE_SPOT:3,FARGATE:1}
 * @param tags              tags put on every task (cost allocation), besides the launch's own
 * @param maxConcurrent     most of this launch's tasks running at once
 * @param timeout           a task running longer is stopped and counted as failed
 * @param logStreamPrefix   the awslogs stream prefix of the task definition, to name each task's log stream; may be
 *                          empty
 * @param pollMin           first wait between DescribeTasks polls (doubles while nothing changes)
 * @param pollMax           longest wait between polls
 */
public record EcsSettings(String cluster, String taskDefinition, String container, List<String> subnets,
                          List<String> securityGroups, boolean assignPublicIp, List<String> capacityProviders,
                          Map<String, String> tags, int maxConcurrent, Duration timeout, String logStreamPrefix,
                          Duration pollMin, Duration pollMax) {
    /** Default most concurrent tasks (the original's cap). */
    public static final int DEFAULT_MAX_CONCURRENT = 12;

    public EcsSettings {
        subnets = List.copyOf(subnets);
        securityGroups = List.copyOf(securityGroups);
        capacityProviders = List.copyOf(capacityProviders);
        tags = Map.copyOf(tags);
        logStreamPrefix = logStreamPrefix == null ? "" : logStreamPrefix;
        List<String> missing = missing(cluster, taskDefinition, container, subnets, securityGroups);
        if (!missing.isEmpty()) {
            throw new IllegalArgumentException("missing ECS setting(s): " + String.join(", ", missing)
                    + " (give them as flags, POCKETSIM_* environment variables or in pocketsim.yaml)");
        }
        if (maxConcurrent < 1) {
            throw new IllegalArgumentException("max-concurrent must be positive, got " + maxConcurrent);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("task-timeout must be positive, got " + timeout);
        }
        for (String p : capacityProviders) {
            strategyItem(p);
        }
    }

    private static List<String> missing(String cluster, String taskDefinition, String container,
                                        List<String> subnets, List<String> securityGroups) {
        Map<String, Boolean> given = new LinkedHashMap<>();
        given.put("cluster", cluster != null && !cluster.isBlank());
        given.put("task-definition", taskDefinition != null && !taskDefinition.isBlank());
        given.put("container", container != null && !container.isBlank());
        given.put("subnets", !subnets.isEmpty());
        given.put("security-groups", !securityGroups.isEmpty());
        List<String> out = new ArrayList<>();
        given.forEach((k, v) -> {
            if (!v) {
                out.add(k);
            }
        });
        return out;
    }

    /** A capacity provider strategy item {@code NAME[:WEIGHT]} split into name and weight. */
    static Map.Entry<String, Integer> strategyItem(String item) {
        String[] parts = item.split(":", 2);
        String name = parts[0].trim();
        if (!name.equals("FARGATE") && !name.equals("FARGATE_SPOT")) {
            throw new IllegalArgumentException("capacity-provider " + item + ": allowed FARGATE or FARGATE_SPOT, "
                    + "optionally with :WEIGHT");
        }
        try {
            int weight = parts.length == 2 ? Integer.parseInt(parts[1].trim()) : 1;
            if (weight < 0) {
                throw new NumberFormatException();
            }
            return Map.entry(name, weight);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("capacity-provider " + item + ": the weight must be a whole number >= 0");
        }
    }

    /** The CloudWatch log stream of a task, if the prefix is known. */
    Optional<String> logStream(String taskArn) {
        if (logStreamPrefix.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(logStreamPrefix + "/" + container + "/" + taskArn.substring(taskArn.lastIndexOf('/') + 1));
    }
}
