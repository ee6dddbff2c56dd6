package io.pocketsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.pocketsim.cloud.ecs.testutils.MotoAws;
import io.pocketsim.testsupport.MotoServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code init-config --from-stack} against a stack of deploy/pocketsim.yaml created in moto's CloudFormation: the
 * file it writes gives every command the stack's settings through {@link ConfigDefaults}; a missing stack or an
 * existing file is one bad-input line and nothing written.
 */
@Timeout(120)
class InitConfigIT {
    private static MotoAccount aws;
    private static MotoServer moto;
    private static List<String> subnets;

    @TempDir
    Path dir;

    @BeforeAll
    static void createStack() throws Exception {
        aws = MotoAccount.start();
        moto = aws.server();
        MotoAws.createStack(moto, "ps-init");
        subnets = MotoAws.Network.of(moto).subnets();
    }

    @AfterAll
    static void stop() {
        if (aws != null) {
            aws.close();
        }
    }

    private Cli.Result initConfig(String stack, Path to, String... more) {
        List<Object> args = new java.util.ArrayList<>(List.of("init-config", "--from-stack", stack, "--to", to,
                "--region", "us-east-1", "--cloudformation-endpoint", moto.endpoint()));
        args.addAll(List.of(more));
        return Cli.run(args.toArray());
    }

    @Test
    void shouldWriteTheStacksSettingsAsTheConfigEveryCommandReads() {
        Path file = dir.resolve("pocketsim.yaml");
        Cli.Result r = initConfig("ps-init", file);
        assertThat(r.exitCode()).as(r.toString()).isZero();
        assertThat(r.out()).contains("wrote " + file).contains("cluster ");

        ConfigDefaults c = ConfigDefaults.load(file, Map.of());
        assertThat(c.lookup("launch", "cluster")).isPresent();
        assertThat(c.lookup("adaptive", "task-definition")).hasValue("ps-init-pocketsim");
        assertThat(c.lookup("launch", "container")).hasValue("pocketsim");
        assertThat(c.lookup("launch", "subnets")).hasValue(String.join(",", subnets));
        assertThat(c.lookup("launch", "security-groups").orElseThrow()).startsWith("sg-");
        assertThat(c.lookup("launch", "assign-public-ip")).hasValue("false");
        assertThat(c.lookup("launch", "region")).hasValue("us-east-1");
        assertThat(c.lookup("status", "s3-region")).hasValue("us-east-1");
        assertThat(c.lookup("status", "out").orElseThrow()).startsWith("s3://").endsWith("/pocketsim");

        // an existing file is kept unless --force
        Cli.Result again = initConfig("ps-init", file);
        assertThat(again.exitCode()).isEqualTo(2);
        assertThat(again.err().strip()).contains("--to").contains("--force").doesNotContain("\n");
        Cli.Result forced = initConfig("ps-init", file, "--force");
        assertThat(forced.exitCode()).as(forced.toString()).isZero();
    }

    @Test
    void shouldRefuseAMissingStackInOneLineAndWriteNothing() throws Exception {
        Path file = dir.resolve("pocketsim.yaml");
        Cli.Result r = initConfig("no-such-stack", file);
        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.err().strip()).contains("stack no-such-stack does not exist").doesNotContain("\n");
        try (var files = Files.list(dir)) {
            assertThat(files).isEmpty();
        }
    }
}
