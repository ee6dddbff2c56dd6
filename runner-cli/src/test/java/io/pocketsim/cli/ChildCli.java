package io.pocketsim.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Runs {@code pocketsim} as a child JVM on this test's class path, for cases that need another process: two writers
 * at once, a signal, a full disk. Output goes to files in a folder of the test's.
 */
final class ChildCli {
    private final Process process;
    private final Path out;
    private final Path err;

    private ChildCli(Process process, Path out, Path err) {
        this.process = process;
        this.out = out;
        this.err = err;
    }

    /** Starts {@code pocketsim ARGS} with output captured under {@code logs} as {@code name.out/.err}. */
    static ChildCli start(Path logs, String name, Map<String, String> env, Object... args) {
        return launch(logs, name, env, List.of(), args);
    }

    /** Starts {@code pocketsim ARGS} behind a wrapper command (e.g. {@code unshare ... sh -c ...}). */
    static ChildCli wrapped(Path logs, String name, List<String> wrapper, Object... args) {
        return launch(logs, name, Map.of(), wrapper, args);
    }

    private static ChildCli launch(Path logs, String name, Map<String, String> env, List<String> wrapper,
                                   Object... args) {
        List<String> cmd = new ArrayList<>(wrapper);
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.add("-Xmx256m");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(PocketsimCli.class.getName());
        Stream.of(args).map(String::valueOf).forEach(cmd::add);
        try {
            Files.createDirectories(logs);
            Path o = logs.resolve(name + ".out");
            Path e = logs.resolve(name + ".err");
            ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(o.toFile()).redirectError(e.toFile());
            pb.environment().putAll(env);
            return new ChildCli(pb.start(), o, e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits for the exit code (fails the test after two minutes). */
    int waitFor() throws InterruptedException {
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("child pocketsim did not finish in 2 minutes: " + this);
        }
        return process.exitValue();
    }

    Process process() {
        return process;
    }

    String out() {
        return read(out);
    }

    String err() {
        return read(err);
    }

    private static String read(Path p) {
        try {
            return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return "pid " + process.pid() + "\n--- out:\n" + out() + "--- err:\n" + err();
    }
}
