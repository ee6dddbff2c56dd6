package io.pocketsim.cli;

import io.pocketsim.cloud.ecs.EcsSettings;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Option;
import software.amazon.awssdk.services.ecs.EcsClient;

/**
 * Where {@code launch --executor ecs} runs tasks. Every value can also come from the environment
 * ({@code POCKETSIM_CLUSTER}, ...) or pocketsim.yaml (see {@link ConfigDefaults}); none has an account-specific
 * default. Credentials are never options: the AWS SDK's default chain finds them.
 */
final class EcsOptions {
    @Option(names = "--cluster", paramLabel = "NAME", description = "ECS cluster (name or ARN).")
    private String cluster;

    @Option(names = "--task-definition", paramLabel = "FAMILY[:REV]",
            description = "Task definition; a family alone means its latest ACTIVE revision.")
    private String taskDefinition;

    @Option(names = "--container", paramLabel = "NAME",
            description = "Container of the task definition whose command is the task command.")
    private String container;

    @Option(names = "--subnets", split = ",", paramLabel = "ID", description = "awsvpc subnets, comma-separated.")
    private List<String> subnets = new ArrayList<>();

    @Option(names = "--security-groups", split = ",", paramLabel = "ID",
            description = "awsvpc security groups, comma-separated.")
    private List<String> securityGroups = new ArrayList<>();

    @Option(names = "--assign-public-ip", paramLabel = "BOOL", arity = "0..1", fallbackValue = "true",
            defaultValue = "false",
            description = "Give tasks a public IP (public subnets without NAT or VPC endpoints). Default: "
                    + "${DEFAULT-VALUE}.")
    private boolean assignPublicIp;

    @Option(names = "--capacity-provider", split = ",", paramLabel = "NAME[:WEIGHT]",
            description = "Capacity provider strategy, e.g. FARGATE_SPOT:3,FARGATE:1. Default: launch type FARGATE.")
    private List<String> capacityProviders = new ArrayList<>();

    @Option(names = "--region", paramLabel = "REGION",
            description = "AWS region of the cluster. Default: AWS_REGION or the AWS profile's region.")
    private String region;

    @Option(names = "--ecs-endpoint", paramLabel = "URL", hidden = true,
            description = "ECS endpoint override (tests). Default: AWS_ENDPOINT_URL_ECS, AWS_ENDPOINT_URL, else AWS.")
    private String endpoint;

    @Option(names = "--tag", split = ",", paramLabel = "KEY=VALUE", description = "A tag on every task (cost allocation); "
            + "repeatable. The launch adds its own.")
    private Map<String, String> tags = new LinkedHashMap<>();

    @Option(names = "--max-concurrent", defaultValue = "12", paramLabel = "N",
            description = "Most tasks of this store running at once. Default: ${DEFAULT-VALUE}.")
    private int maxConcurrent;

    @Option(names = "--task-timeout", defaultValue = "3h", paramLabel = "DURATION",
            description = "A task running longer is stopped and counted as failed (e.g. 90m, 3h, PT2H). "
                    + "Default: ${DEFAULT-VALUE}.")
    private String taskTimeout;

    @Option(names = "--log-stream-prefix", defaultValue = "task", paramLabel = "PREFIX",
            description = "The task definition's awslogs-stream-prefix, to name each task's CloudWatch log stream. "
                    + "Default: ${DEFAULT-VALUE}.")
    private String logStreamPrefix;

    @Option(names = "--poll", defaultValue = "5s", paramLabel = "DURATION", hidden = true,
            description = "First wait between task polls; doubles while nothing changes, up to 12 times this.")
    private String poll;

    /** The settings, or one bad-input line naming every missing setting. */
    EcsSettings settings() {
        OptionChecks.positiveOption("--max-concurrent", maxConcurrent);
        Duration pollMin = duration("--poll", poll);
        try {
            return new EcsSettings(cluster, taskDefinition, container, subnets, securityGroups, assignPublicIp,
                    capacityProviders, tags, maxConcurrent, duration("--task-timeout", taskTimeout),
                    logStreamPrefix, pollMin, pollMin.multipliedBy(12));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    /** An ECS client: region and endpoint from the options, else the SDK's environment; default credentials. */
    EcsClient client() {
        return AwsClients.build(EcsClient.builder(), region, endpoint);
    }

    /** A duration as {@code 90s}, {@code 45m}, {@code 3h} or ISO-8601 ({@code PT2H}). */
    static Duration duration(String option, String text) {
        String t = text.trim().toLowerCase(Locale.ROOT);
        try {
            if (t.startsWith("pt")) {
                return Duration.parse(t.toUpperCase(Locale.ROOT));
            }
            if (t.endsWith("ms")) {
                long ms = Long.parseLong(t.substring(0, t.length() - 2));
                if (ms < 1) {
                    throw new NumberFormatException();
                }
                return Duration.ofMillis(ms);
            }
            long n = Long.parseLong(t.substring(0, t.length() - 1));
            Duration d = switch (t.charAt(t.length() - 1)) {
                case 's' -> Duration.ofSeconds(n);
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                default -> throw new NumberFormatException();
            };
            if (d.isNegative() || d.isZero()) {
                throw new NumberFormatException();
            }
            return d;
        } catch (NumberFormatException | DateTimeParseException | StringIndexOutOfBoundsException e) {
            throw BadInputException.forOption(option, text, "allowed: a positive duration such as 90s, 45m, 3h or "
                    + "PT2H");
        }
    }
}
