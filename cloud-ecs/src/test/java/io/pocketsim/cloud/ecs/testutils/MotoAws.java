package io.pocketsim.cloud.ecs.testutils;

import static org.assertj.core.api.Assertions.assertThat;

import io.pocketsim.testsupport.MotoServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.Capability;
import software.amazon.awssdk.services.cloudformation.model.Output;
import software.amazon.awssdk.services.cloudformation.model.Parameter;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.cloudformation.model.StackStatus;
import software.amazon.awssdk.services.ec2.Ec2Client;
import software.amazon.awssdk.services.ec2.model.SecurityGroup;
import software.amazon.awssdk.services.ec2.model.Subnet;
import software.amazon.awssdk.services.ecs.EcsClient;

/**
 * moto as the AWS account of a test: its ECS client, its default network and the stack of deploy/pocketsim.yaml
 * created in its CloudFormation. Shipped in this module's test-jar for runner-cli's CLI tests. moto takes any key:
 * {@link #CREDENTIALS} are not credentials of anything.
 */
public final class MotoAws {
    /** The keys the tests give the SDK (as clients' provider here, as system properties for the CLI's chain). */
    public static final Map<String, String> CREDENTIALS = Map.of("aws.accessKeyId", "testing",
            "aws.secretAccessKey", "testing");
    /** The template every deployment uses. */
    public static final Path TEMPLATE = Path.of(System.getProperty("pocketsim.root", ".."))
            .resolve("deploy/pocketsim.yaml");

    private MotoAws() {
    }

    /** The static credentials of {@link #CREDENTIALS}. */
    public static StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(CREDENTIALS.get("aws.accessKeyId"),
                CREDENTIALS.get("aws.secretAccessKey")));
    }

    /** A client of moto's ECS, with interceptors (request counting, fault injection). */
    public static EcsClient ecs(MotoServer moto, ExecutionInterceptor... interceptors) {
        return EcsClient.builder()
                .endpointOverride(moto.endpoint())
                .region(Region.of(MotoServer.REGION))
                .credentialsProvider(credentials())
                .overrideConfiguration(c -> {
                    for (ExecutionInterceptor i : interceptors) {
                        c.addExecutionInterceptor(i);
                    }
                })
                .build();
    }

    /** moto's default VPC, two of its subnets and one security group (RunTask checks the subnets exist). */
    public record Network(String vpc, List<String> subnets, List<String> securityGroups) {
        public static Network of(MotoServer moto) {
            try (Ec2Client ec2 = Ec2Client.builder().endpointOverride(moto.endpoint())
                    .region(Region.of(MotoServer.REGION)).credentialsProvider(credentials()).build()) {
                return new Network(ec2.describeVpcs().vpcs().get(0).vpcId(),
                        ec2.describeSubnets().subnets().stream().map(Subnet::subnetId).limit(2).toList(),
                        ec2.describeSecurityGroups().securityGroups().stream().map(SecurityGroup::groupId).limit(1)
                                .toList());
            }
        }
    }

    /**
     * Creates the stack of {@link #TEMPLATE} on moto's default network and waits (up to a minute) until it is
     * complete; fails the test with the stack's reason otherwise.
     */
    public static Stack createStack(MotoServer moto, String name) throws InterruptedException {
        Network net = Network.of(moto);
        String body;
        try {
            body = Files.readString(TEMPLATE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try (CloudFormationClient cfn = CloudFormationClient.builder().endpointOverride(moto.endpoint())
                .region(Region.of(MotoServer.REGION)).credentialsProvider(credentials()).build()) {
            cfn.createStack(b -> b.stackName(name).templateBody(body).capabilities(Capability.CAPABILITY_IAM)
                    .parameters(Parameter.builder().parameterKey("VpcId").parameterValue(net.vpc()).build(),
                            Parameter.builder().parameterKey("Subnets")
                                    .parameterValue(String.join(",", net.subnets())).build()));
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            Stack stack = cfn.describeStacks(b -> b.stackName(name)).stacks().get(0);
            while (stack.stackStatusAsString().endsWith("IN_PROGRESS") && System.nanoTime() < deadline) {
                Thread.sleep(100);
                stack = cfn.describeStacks(b -> b.stackName(name)).stacks().get(0);
            }
            assertThat(stack.stackStatus()).as(stack.stackStatusReason()).isEqualTo(StackStatus.CREATE_COMPLETE);
            return stack;
        }
    }

    /** A stack's Outputs by key. */
    public static Map<String, String> outputs(Stack stack) {
        return stack.outputs().stream().collect(Collectors.toMap(Output::outputKey, Output::outputValue));
    }
}
