package io.pocketsim.cli;

import java.net.URI;
import software.amazon.awssdk.awscore.client.builder.AwsClientBuilder;
import software.amazon.awssdk.regions.Region;

/**
 * Builds the AWS clients the commands use (ECS, CloudFormation): region and endpoint from the options when given,
 * else the SDK's environment; credentials always from the SDK's default chain.
 */
final class AwsClients {
    private AwsClients() {
    }

    /** The client, with {@code region} and {@code endpoint} (either may be null: the SDK's own then). */
    static <B extends AwsClientBuilder<B, C>, C> C build(B builder, String region, String endpoint) {
        if (region != null) {
            builder.region(Region.of(region));
        }
        if (endpoint != null) {
            builder.endpointOverride(URI.create(endpoint));
        }
        return builder.build();
    }
}
