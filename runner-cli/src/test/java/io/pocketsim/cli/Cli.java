package io.pocketsim.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import picocli.CommandLine;

/** Drives the real picocli command tree with captured output, for tests. */
final class Cli {
    /** What one invocation did. */
    record Result(int exitCode, String out, String err) {
        @Override
        public String toString() {
            return "exit " + exitCode + "\n--- out:\n" + out + "--- err:\n" + err;
        }
    }

    private Cli() {
    }

    static Result run(Object... args) {
        return run(CommandLine.defaultFactory(), args);
    }

    /** Runs with commands and options made by a factory, e.g. {@link #withS3Hooks}. */
    static Result run(CommandLine.IFactory factory, Object... args) {
        String[] argv = Stream.of(args).map(String::valueOf).toArray(String[]::new);
        CommandLine cl = PocketsimCli.commandLine(factory);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int code = cl.execute(argv);
        return new Result(code, out.toString(), err.toString());
    }

    /** A factory whose store options give every S3 client these hooks. */
    static CommandLine.IFactory withS3Hooks(io.pocketsim.cloud.s3.ClientHooks hooks) {
        return new CommandLine.IFactory() {
            @Override
            @SuppressWarnings("unchecked")
            public <K> K create(Class<K> cls) throws Exception {
                return cls == StoreOptions.class ? (K) new StoreOptions(hooks) : CommandLine.defaultFactory().create(cls);
            }
        };
    }

    /** The result files under a folder, relative and sorted; the store's lock files ({@code .locks/}) are left out. */
    static List<String> filesUnder(Path dir) {
        if (!Files.exists(dir)) {
            return List.of();
        }
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString())
                    .filter(p -> !p.startsWith(".locks/")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes a small file for a test. */
    static Path write(Path file, String content) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            return Files.writeString(file, content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
