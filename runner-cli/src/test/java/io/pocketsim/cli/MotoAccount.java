package io.pocketsim.cli;

import io.pocketsim.cloud.ecs.testutils.MotoAws;
import io.pocketsim.testsupport.MotoServer;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.ecs.EcsClient;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * moto as the AWS account of a CLI test: moto_server started (skipped where absent, failed under CI=true), its keys
 * where the CLI's default credential chain finds them (system properties), and S3 and ECS clients for the test's
 * own set-up and checks. Closing undoes all of it.
 */
final class MotoAccount implements AutoCloseable {
    private final MotoServer moto;
    private final S3Client s3;
    private final EcsClient ecs;

    private MotoAccount(MotoServer moto) {
        this.moto = moto;
        this.s3 = S3Client.builder().region(Region.of(MotoServer.REGION)).endpointOverride(moto.endpoint())
                .forcePathStyle(true).credentialsProvider(MotoAws.credentials()).build();
        this.ecs = MotoAws.ecs(moto);
    }

    /** Starts moto and puts its keys into the system properties. */
    static MotoAccount start() {
        MotoServer moto = MotoServer.start();
        MotoAws.CREDENTIALS.forEach(System::setProperty);
        return new MotoAccount(moto);
    }

    MotoServer server() {
        return moto;
    }

    S3Client s3() {
        return s3;
    }

    EcsClient ecs() {
        return ecs;
    }

    @Override
    public void close() {
        s3.close();
        ecs.close();
        MotoAws.CREDENTIALS.keySet().forEach(System::clearProperty);
        moto.close();
    }
}
