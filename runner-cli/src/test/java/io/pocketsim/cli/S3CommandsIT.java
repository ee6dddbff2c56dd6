package io.pocketsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ObjectArrays;
import io.pocketsim.cloud.s3.ClientHooks;
import io.pocketsim.testsupport.MotoServer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * Every store-naming command on {@code s3://} through the real CLI, against moto_server (skipped where it is not
 * installed, failed under CI=true): run, status, download, kpis, aggregate, and byte-identical results in a folder
 * and in S3. The CLI finds moto's dummy keys through the SDK's default chain (system properties here).
 */
class S3CommandsIT {
    private static final String GRID = """
            { "name": "tiny_", "model": "pocket", "stateSet": "Base", "parameterSet": "Base", "runs": 2, "days": 4,
              "environmental": { "servicer_max_number": [20, 30, 40] } }
            """;
    private static MotoAccount aws;
    private static MotoServer moto;
    private static S3Client raw;

    @TempDir
    Path dir;
    private Path gridFile;
    private String bucket;

    @BeforeAll
    static void startMoto() {
        aws = MotoAccount.start();
        moto = aws.server();
        raw = aws.s3();
    }

    @AfterAll
    static void stopMoto() {
        if (aws != null) {
            aws.close();
        }
    }

    @BeforeEach
    void createBucket() throws IOException {
        moto.reset();
        bucket = "pocketsim-it";
        raw.createBucket(b -> b.bucket(bucket));
        gridFile = Files.writeString(dir.resolve("tiny.json"), GRID);
    }

    private Cli.Result cli(String command, Object... args) {
        Object[] base = {command, "-g", gridFile, "--s3-endpoint", moto.endpoint(), "--s3-region", "us-east-1"};
        Object[] all = new Object[base.length + args.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(args, 0, all, base.length, args.length);
        return Cli.run(all);
    }

    /** The files of the experiments in a local store (without the store's lock files). */
    private static List<String> experimentFiles(Path store) {
        return Cli.filesUnder(store).stream().filter(f -> !f.startsWith(".locks/")).toList();
    }

    private String s3(String prefix) {
        return "s3://" + bucket + "/" + prefix;
    }

    @Test
    void shouldRunToS3AndReportStatusThenDownloadResumably() {
        // Given: the grid run straight into S3
        assertThat(cli("run", "-e", "tiny_", "--threads", "1", "-o", s3("results")).exitCode()).isZero();

        // When / Then: status scans it
        Cli.Result status = cli("status", "tiny_", "-o", s3("results"));
        assertThat(status.exitCode()).as(status.toString()).isZero();
        assertThat(status.out()).contains("tiny_: 3 expected, 3 complete, 0 stale, 0 incomplete, 0 missing");

        // a lost manifest makes that point incomplete, named by --list
        raw.deleteObject(b -> b.bucket(bucket).key("results/tiny_2/manifest.json"));
        status = cli("status", "tiny_", "-o", s3("results"), "--list", "incomplete");
        assertThat(status.out()).contains("tiny_: 3 expected, 2 complete, 0 stale, 1 incomplete, 0 missing")
                .contains("  tiny_2");

        // download the KPIs of what is complete, then again: the second copies nothing
        Path local = dir.resolve("local");
        Cli.Result first = cli("download", "tiny_", "-o", s3("results"), "--to", local, "--files", "kpis");
        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(first.out()).contains("2 copied, 0 already present, 1 not complete");
        assertThat(experimentFiles(local)).containsExactly("tiny_1/kpis.csv", "tiny_1/manifest.json",
                "tiny_3/kpis.csv", "tiny_3/manifest.json");
        Cli.Result again = cli("download", "tiny_", "-o", s3("results"), "--to", local, "--files", "kpis");
        assertThat(again.out()).contains("0 copied, 2 already present");

        // the downloaded folder is a store the other commands read; status counts it as S3 was counted
        Cli.Result localStatus = cli("status", "tiny_", "-o", local);
        assertThat(localStatus.out()).contains("tiny_: 3 expected, 2 complete, 0 stale, 0 incomplete, 1 missing");
    }

    @Test
    void shouldWriteTheSameBytesToS3AsToAFolderAndReadThemBackAlike() throws IOException {
        Path folder = dir.resolve("folder");
        assertThat(cli("run", "-e", "tiny_", "--threads", "2", "-o", folder).exitCode()).isZero();
        assertThat(cli("run", "-e", "tiny_", "--threads", "2", "-o", s3("det/")).exitCode()).isZero();

        for (int i = 1; i <= 3; i++) {
            for (String file : List.of("kpis.csv", "timeseries.csv.gz")) {
                String key = "det/tiny_" + i + "/" + file;
                byte[] fromS3 = raw.getObjectAsBytes(b -> b.bucket(bucket).key(key)).asByteArray();
                assertThat(fromS3).as(key).isEqualTo(Files.readAllBytes(folder.resolve("tiny_" + i).resolve(file)));
            }
        }
        // kpis and aggregate read S3 as they read the folder
        Cli.Result kpisS3 = cli("kpis", "tiny_", "-o", s3("det"));
        Cli.Result kpisLocal = cli("kpis", "tiny_", "-o", folder);
        assertThat(kpisS3.exitCode()).as(kpisS3.toString()).isZero();
        assertThat(kpisS3.out()).isEqualTo(kpisLocal.out()).isNotEmpty();
        // (aggregate reads one experiment and takes no grid file)
        Cli.Result aggS3 = Cli.run("aggregate", "tiny_1", "-o", s3("det"), "--to", "-", "--s3-endpoint",
                moto.endpoint(), "--s3-region", "us-east-1");
        Cli.Result aggLocal = Cli.run("aggregate", "tiny_1", "-o", folder, "--to", "-");
        assertThat(aggS3.exitCode()).as(aggS3.toString()).isZero();
        assertThat(aggS3.out()).isEqualTo(aggLocal.out()).isNotEmpty();
    }

    @Test
    void shouldTakeTheSamePsuuStepFromS3AsFromAFolder() throws IOException {
        Path family = TestGrids.serviceFamily(dir, "part", 2, 8);
        Path folder = dir.resolve("folder");
        Object[] endpoint = {"--s3-endpoint", moto.endpoint(), "--s3-region", "us-east-1"};
        assertThat(Cli.run("run", "-g", family, "-e", "part_ag1_", "-t", "2", "-o", folder).exitCode()).isZero();
        assertThat(Cli.run(ObjectArrays.concat(new Object[] {"run", "-g", family, "-e", "part_ag1_", "-t", "2", "-o",
                s3("psuu-results")}, endpoint, Object.class)).exitCode()).isZero();

        Cli.Result fromS3 = Cli.run(ObjectArrays.concat(new Object[] {"psuu", "-g", family, "-e", "part_ag1_", "-o",
                s3("psuu-results"), "--to", dir.resolve("step-s3")}, endpoint, Object.class));
        Cli.Result fromFolder = Cli.run("psuu", "-g", family, "-e", "part_ag1_", "-o", folder, "--to",
                dir.resolve("step-folder"));

        assertThat(fromS3.exitCode()).as(fromS3.toString()).isZero();
        assertThat(fromFolder.exitCode()).as(fromFolder.toString()).isZero();
        assertThat(Files.readString(dir.resolve("step-s3/scores.csv")))
                .isEqualTo(Files.readString(dir.resolve("step-folder/scores.csv")));
        assertThat(Files.readString(dir.resolve("step-s3/part_ag2_.json")))
                .isEqualTo(Files.readString(dir.resolve("step-folder/part_ag2_.json")));
    }

    @Test
    void shouldFailADownloadDeniedAccessInOneLineAndKeepNothingOfIt() {
        assertThat(cli("run", "-e", "tiny_", "--threads", "1", "-o", s3("results")).exitCode()).isZero();
        // every read of a data file is refused; listing and manifests still work
        ExecutionInterceptor denyData = new ExecutionInterceptor() {
            @Override
            public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
                if ("GetObject".equals(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME))
                        && !context.httpRequest().encodedPath().endsWith("manifest.json")) {
                    throw S3Exception.builder().statusCode(403).awsErrorDetails(AwsErrorDetails.builder()
                            .errorCode("AccessDenied").errorMessage("Access Denied").build()).build();
                }
            }
        };
        Path local = dir.resolve("local");
        Object[] args = {"download", "-g", gridFile, "tiny_", "-o", s3("results"), "--to", local, "--s3-endpoint",
                moto.endpoint(), "--s3-region", "us-east-1"};

        Cli.Result r = Cli.run(Cli.withS3Hooks(new ClientHooks(List.of(denyData), b -> { })), args);

        assertThat(r.exitCode()).as(r.toString()).isEqualTo(ExitCodes.FAILURE);
        assertThat(r.err()).contains("3 of 3 experiment(s) could not be copied").contains("access denied")
                .contains(bucket).contains("us-east-1");
        assertThat(experimentFiles(local)).isEmpty();
    }

    @Test
    void shouldNameBucketPrefixAndRegionWhenTheBucketIsMissing() {
        Cli.Result r = cli("status", "tiny_", "-o", "s3://no-such-bucket/some/prefix");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.FAILURE);
        assertThat(r.err()).contains("no-such-bucket").contains("some/prefix").contains("us-east-1")
                .contains("does not exist");
        assertThat(r.err().lines().filter(l -> l.contains("no-such-bucket")).count()).isEqualTo(1);
    }

    @Test
    void shouldRejectAMalformedStoreUriAsBadInput() {
        Cli.Result r = cli("status", "tiny_", "-o", "s3://Bad_Bucket/x");

        assertThat(r.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("--out").contains("bucket name");
    }
}
