package io.pocketsim.cli;

import io.pocketsim.cloud.s3.ClientHooks;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.gaul.s3proxy.AuthenticationType;
import org.gaul.s3proxy.S3Proxy;
import org.jclouds.ContextBuilder;
import org.jclouds.blobstore.BlobStoreContext;
import picocli.CommandLine;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;

/**
 * Measures {@code status} and {@code download --files kpis} of a whole 3,456-point grid (network_viability_ag1_)
 * against S3Proxy on loopback, through the real CLI: wall time and the requests made, counted per operation by an
 * SDK interceptor. The grid is first written by {@code run -n 1 -d 1} into the bucket. Not a test: run it with
 * the command in docs/performance.md.
 */
public final class S3StoreBenchmark {
    private static final String GRID = "network_viability_ag1_";

    private S3StoreBenchmark() {
    }

    /** Counts attempts per operation. */
    private static final class Counter implements ExecutionInterceptor {
        private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

        @Override
        public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
            counts.computeIfAbsent(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME),
                    k -> new AtomicInteger()).incrementAndGet();
        }

        String report() {
            Map<String, Integer> m = new TreeMap<>();
            counts.forEach((k, v) -> m.put(k, v.get()));
            counts.clear();
            return m.toString();
        }
    }

    public static void main(String[] args) throws Exception {
        int repeats = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        BlobStoreContext context = ContextBuilder.newBuilder("transient").credentials("identity", "credential")
                .overrides(new Properties()).build(BlobStoreContext.class);
        S3Proxy proxy = S3Proxy.builder().blobStore(context.getBlobStore())
                .endpoint(URI.create("http://127.0.0.1:0"))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, "bench", "bench-secret").build();
        proxy.start();
        while (!"STARTED".equals(proxy.getState())) {
            Thread.sleep(5);
        }
        context.getBlobStore().createContainerInLocation(null, "bench");
        Counter counter = new Counter();
        CommandLine.IFactory factory = Cli.withS3Hooks(new ClientHooks(List.of(counter),
                b -> b.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("bench",
                        "bench-secret")))));
        Object[] s3 = {"-o", "s3://bench/results", "--s3-endpoint", "http://127.0.0.1:" + proxy.getPort(),
                "--s3-region", "us-east-1", "--s3-checksums", "when-required"};
        try {
            long t0 = System.nanoTime();
            Cli.Result run = Cli.run(factory, concat(new Object[] {"run", "-e", GRID, "-n", "1", "-d", "1"}, s3));
            check(run);
            System.out.printf(Locale.ROOT, "populate (run -n 1 -d 1, %s): %.1f s, requests %s%n", GRID,
                    seconds(t0), counter.report());
            for (int i = 1; i <= repeats; i++) {
                long t = System.nanoTime();
                Cli.Result status = Cli.run(factory, concat(new Object[] {"status", GRID}, s3));
                check(status);
                System.out.printf(Locale.ROOT, "status #%d: %.2f s, requests %s; %s%n", i, seconds(t),
                        counter.report(), status.out().strip());
            }
            for (int i = 1; i <= repeats; i++) {
                Path to = Files.createTempDirectory("bench-download");
                long t = System.nanoTime();
                Cli.Result dl = Cli.run(factory, concat(new Object[] {"download", GRID, "--files", "kpis", "--to",
                        to}, s3));
                check(dl);
                System.out.printf(Locale.ROOT, "download --files kpis #%d: %.2f s, requests %s; %s%n", i,
                        seconds(t), counter.report(), dl.out().strip());
                long r = System.nanoTime();
                Cli.Result again = Cli.run(factory, concat(new Object[] {"download", GRID, "--files", "kpis",
                        "--to", to}, s3));
                check(again);
                System.out.printf(Locale.ROOT, "  again (resume, all present): %.2f s, requests %s%n", seconds(r),
                        counter.report());
            }
        } finally {
            proxy.stop();
            context.close();
        }
    }

    private static void check(Cli.Result r) {
        if (r.exitCode() != 0) {
            throw new IllegalStateException(r.toString());
        }
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static Object[] concat(Object[] a, Object[] b) {
        Object[] out = new Object[a.length + b.length];
        System.arraycopy(a, 0, out, 0, a.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
