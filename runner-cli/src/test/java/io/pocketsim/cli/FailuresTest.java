package io.pocketsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystemException;
import org.junit.jupiter.api.Test;

/** A failure's line carries the underlying reason, as the operating system gave it. */
class FailuresTest {
    @Test
    void shouldAppendTheOperatingSystemsReasonToTheFailure() {
        Exception e = new UncheckedIOException("cannot write run 26 of experiment \"Base\"",
                new IOException("No space left on device"));

        assertThat(Failures.describe(e))
                .isEqualTo("cannot write run 26 of experiment \"Base\": No space left on device");
    }

    @Test
    void shouldNameTheFileAndReasonOfAFileSystemException() {
        Exception e = new IllegalStateException("cannot finish experiment \"Base\"",
                new UncheckedIOException(new FileSystemException("/r/Base/.kpis.csv.1.tmp", null,
                        "No space left on device")));

        assertThat(Failures.describe(e)).contains("cannot finish experiment \"Base\"")
                .contains("/r/Base/.kpis.csv.1.tmp: No space left on device");
    }

    @Test
    void shouldNameAJdkExceptionsType() {
        assertThat(Failures.describe(new ArithmeticException("integer overflow")))
                .isEqualTo("ArithmeticException: integer overflow");
    }
}
