package io.pocketsim.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import io.pocketsim.cloud.ecs.CloudFormationStackOutputs;
import io.pocketsim.cloud.ecs.StackOutputs;
import io.pocketsim.cloud.ecs.StackSettings;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;

/**
 * {@code pocketsim init-config --from-stack NAME}: writes the config file {@link ConfigDefaults} reads from the
 * Outputs of a stack of deploy/pocketsim.yaml, so that {@code launch}/{@code adaptive --executor ecs} need no more
 * options. Written whole or not at all; an existing file is kept unless {@code --force}.
 */
@Command(name = "init-config", mixinStandardHelpOptions = true,
        description = "Writes pocketsim.yaml (the option defaults of every command) from the Outputs of a "
                + "CloudFormation stack created from deploy/pocketsim.yaml.")
final class InitConfigCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--from-stack", required = true, paramLabel = "NAME", description = "The stack's name or ID.")
    private String stack;

    @Option(names = "--to", defaultValue = ConfigDefaults.FILE, paramLabel = "FILE",
            description = "The config file to write. Default: ./${DEFAULT-VALUE} (read by every command run here).")
    private Path to;

    @Option(names = "--force", description = "Replace the file if it exists.")
    private boolean force;

    @Option(names = "--region", paramLabel = "REGION",
            description = "AWS region of the stack. Default: AWS_REGION or the AWS profile's region.")
    private String region;

    @Option(names = "--cloudformation-endpoint", paramLabel = "URL", hidden = true,
            description = "CloudFormation endpoint override (tests).")
    private String endpoint;

    @Override
    public Integer call() throws Exception {
        Path target = OutputFile.checkTarget("--to", to, "a file name");
        if (Files.exists(target) && !force) {
            throw BadInputException.forOption("--to", to, "exists; allowed: a new file, or --force to replace it");
        }
        StackSettings s;
        try (CloudFormationClient client = client()) {
            s = read(new CloudFormationStackOutputs(client));
        }
        String yaml = yaml(stack, s);
        OutputFile.write("--to", target, w -> w.write(yaml));
        spec.commandLine().getOut().println("pocketsim init-config: wrote " + target + " from stack " + stack
                + " (cluster " + s.cluster() + ", results " + s.resultsUri() + ")");
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    private StackSettings read(StackOutputs outputs) throws InterruptedException {
        try {
            return StackSettings.of(stack, outputs.outputs(stack));
        } catch (StackOutputs.StackException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    /** The file: the keys are the options' long names, as {@link ConfigDefaults} looks them up. */
    static String yaml(String stack, StackSettings s) throws java.io.IOException {
        ObjectMapper m = new ObjectMapper(new YAMLFactory().disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES));
        ObjectNode root = m.createObjectNode();
        root.put("out", s.resultsUri());
        ObjectNode aws = root.putObject("aws");
        aws.put("region", s.region());
        aws.put("s3-region", s.region());
        aws.put("log-group", s.logGroup());
        ObjectNode ecs = root.putObject("ecs");
        ecs.put("cluster", s.cluster());
        ecs.put("task-definition", s.taskDefinition());
        ecs.put("container", s.container());
        s.subnets().forEach(ecs.putArray("subnets")::add);
        s.securityGroups().forEach(ecs.putArray("security-groups")::add);
        ecs.put("assign-public-ip", s.assignPublicIp());
        return "# written by pocketsim init-config --from-stack " + stack + "; flags and POCKETSIM_* variables "
                + "override it\n" + m.writeValueAsString(root);
    }

    private CloudFormationClient client() {
        return AwsClients.build(CloudFormationClient.builder(), region, endpoint);
    }
}
