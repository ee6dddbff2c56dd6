package io.pocketsim.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * A {@code moto_server} child process on a free loopback port: one endpoint for S3, ECS, CloudFormation, IAM and
 * EC2. Any access key works and the region is us-east-1. Where {@code moto_server} is not on the PATH,
 * {@link #start()} skips the calling test (fails under CI, see {@link External}). State lives in the process:
 * {@link #reset()} clears it.
 */
public final class MotoServer implements AutoCloseable {
    /** The region moto answers for by default. */
    public static final String REGION = "us-east-1";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);

    private final Process process;
    private final int port;
    private final Path log;

    private MotoServer(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    /** Starts a server and waits until it answers; skips (or under CI fails) the test where moto is absent. */
    public static MotoServer start() {
        Path exe = External.requireOnPath("moto_server");
        try {
            int port = freePort();
            Path log = Files.createTempFile("moto-", ".log");
            Process p = new ProcessBuilder(List.of(exe.toString(), "-H", "127.0.0.1", "-p", Integer.toString(port)))
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            MotoServer server = new MotoServer(p, port, log);
            server.awaitReady();
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start moto_server", e);
        }
    }

    /** The endpoint, e.g. {@code http://127.0.0.1:PORT}. */
    public URI endpoint() {
        return URI.create("http://127.0.0.1:" + port);
    }

    /** The port. */
    public int port() {
        return port;
    }

    /** Clears every service's state. */
    public void reset() {
        try {
            HttpURLConnection c = (HttpURLConnection) endpoint().resolve("/moto-api/reset").toURL().openConnection();
            c.setRequestMethod("POST");
            c.setDoOutput(true);
            c.getOutputStream().close();
            int code = c.getResponseCode();
            if (code != 200) {
                throw new IllegalStateException("moto reset answered " + code);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot reset moto_server", e);
        }
    }

    /**
     * Keeps a model in its current state until changed through its API: moto otherwise advances some models on every
     * describe (an ECS task goes RUNNING, DEACTIVATING, ... STOPPED after a few DescribeTasks, as if it had ended by
     * itself). {@code ecs::task} is the ECS task model. Call again after {@link #reset()}.
     */
    public void holdState(String model) {
        post("/moto-api/state-manager/set-transition",
                "{\"model_name\": \"" + model + "\", \"transition\": {\"progression\": \"manual\", \"times\": 1000000000}}");
    }

    private void post(String path, String json) {
        try {
            HttpURLConnection c = (HttpURLConnection) endpoint().resolve(path).toURL().openConnection();
            c.setRequestMethod("POST");
            c.setDoOutput(true);
            c.setRequestProperty("Content-Type", "application/json");
            try (var out = c.getOutputStream()) {
                out.write(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
            int code = c.getResponseCode();
            if (code / 100 != 2) {
                throw new IllegalStateException("moto " + path + " answered " + code);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot call moto_server " + path, e);
        }
    }

    /** The server's output so far (for failure messages). */
    public String log() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(cannot read " + log + ": " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        try {
            Files.deleteIfExists(log);
        } catch (IOException e) {
            // a temporary log file; nothing depends on it
        }
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("moto_server exited with " + process.exitValue() + ": " + log());
            }
            try {
                HttpURLConnection c = (HttpURLConnection) endpoint().resolve("/moto-api/").toURL().openConnection();
                c.setConnectTimeout(1000);
                c.setReadTimeout(2000);
                if (c.getResponseCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw new IllegalStateException("interrupted while waiting for moto_server", e);
            }
        }
        close();
        throw new IllegalStateException("moto_server did not answer within " + START_TIMEOUT + ": " + log());
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        }
    }
}
