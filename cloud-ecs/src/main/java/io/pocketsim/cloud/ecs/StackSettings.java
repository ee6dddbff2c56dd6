package io.pocketsim.cloud.ecs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * What a pocketsim stack's Outputs tell the CLI: where tasks run and where results go.
 *
 * @param region         the stack's region
 * @param cluster        ECS cluster
 * @param taskDefinition task definition family
 * @param container      container whose command is the task command
 * @param subnets        awsvpc subnets
 * @param securityGroups awsvpc security groups
 * @param assignPublicIp whether tasks get a public IP
 * @param resultsUri     the result store, s3://bucket/prefix
 * @param logGroup       the tasks' CloudWatch log group
 */
public record StackSettings(String region, String cluster, String taskDefinition, String container,
                            List<String> subnets, List<String> securityGroups, boolean assignPublicIp,
                            String resultsUri, String logGroup) {
    /** The Outputs every stack of deploy/pocketsim.yaml has and the CLI needs. */
    public static final List<String> REQUIRED = List.of("Region", "Cluster", "TaskDefinition", "ContainerName",
            "Subnets", "SecurityGroups", "AssignPublicIp", "ResultsUri", "LogGroup");

    public StackSettings {
        subnets = List.copyOf(subnets);
        securityGroups = List.copyOf(securityGroups);
    }

    /**
     * The settings from a stack's Outputs.
     *
     * @throws StackOutputs.StackException naming every missing output, or a bad AssignPublicIp
     */
    public static StackSettings of(String stack, Map<String, String> outputs) {
        List<String> missing = new ArrayList<>();
        for (String k : REQUIRED) {
            if (outputs.get(k) == null || outputs.get(k).isBlank()) {
                missing.add(k);
            }
        }
        if (!missing.isEmpty()) {
            throw new StackOutputs.StackException("stack " + stack + " lacks the output(s) " + String.join(", ", missing)
                    + "; is it a stack of deploy/pocketsim.yaml?");
        }
        String ip = outputs.get("AssignPublicIp").trim();
        if (!ip.equals("ENABLED") && !ip.equals("DISABLED")) {
            throw new StackOutputs.StackException("stack " + stack + ": output AssignPublicIp is " + ip
                    + "; allowed: ENABLED, DISABLED");
        }
        String results = outputs.get("ResultsUri").trim();
        if (!results.startsWith("s3://")) {
            throw new StackOutputs.StackException("stack " + stack + ": output ResultsUri is " + results
                    + "; allowed: s3://bucket/prefix");
        }
        return new StackSettings(outputs.get("Region").trim(), outputs.get("Cluster").trim(),
                outputs.get("TaskDefinition").trim(), outputs.get("ContainerName").trim(),
                list(outputs.get("Subnets")), list(outputs.get("SecurityGroups")), ip.equals("ENABLED"), results,
                outputs.get("LogGroup").trim());
    }

    private static List<String> list(String csv) {
        return Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
