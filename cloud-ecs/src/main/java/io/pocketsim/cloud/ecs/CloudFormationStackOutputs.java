package io.pocketsim.cloud.ecs;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import software.amazon.awssdk.services.cloudformation.CloudFormationClient;
import software.amazon.awssdk.services.cloudformation.model.CloudFormationException;
import software.amazon.awssdk.services.cloudformation.model.Output;
import software.amazon.awssdk.services.cloudformation.model.Stack;
import software.amazon.awssdk.services.cloudformation.model.StackStatus;

/** {@link StackOutputs} from CloudFormation's DescribeStacks, retried when the failure is transient. */
public final class CloudFormationStackOutputs implements StackOutputs {
    private static final Set<StackStatus> USABLE = Set.of(StackStatus.CREATE_COMPLETE, StackStatus.UPDATE_COMPLETE);
    private final CloudFormationClient client;

    public CloudFormationStackOutputs(CloudFormationClient client) {
        this.client = client;
    }

    @Override
    public Map<String, String> outputs(String stack) throws InterruptedException {
        Stack s;
        try {
            s = new AwsRetry(5, Duration.ofMillis(200), Duration.ofSeconds(5)).call("DescribeStacks",
                    () -> client.describeStacks(b -> b.stackName(stack)).stacks().stream().findFirst().orElse(null));
        } catch (CloudFormationException e) {
            // DescribeStacks answers a missing stack with a 400 ValidationError "Stack with id X does not exist"
            if (e.statusCode() == 400 && String.valueOf(e.getMessage()).contains("does not exist")) {
                throw new StackException("stack " + stack + " does not exist (in this account and region)");
            }
            throw e;
        }
        if (s == null) {
            throw new StackException("stack " + stack + " does not exist (in this account and region)");
        }
        if (!USABLE.contains(s.stackStatus())) {
            throw new StackException("stack " + stack + " is " + s.stackStatusAsString()
                    + "; allowed: CREATE_COMPLETE or UPDATE_COMPLETE");
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Output o : s.outputs()) {
            out.put(o.outputKey(), o.outputValue());
        }
        return out;
    }
}
