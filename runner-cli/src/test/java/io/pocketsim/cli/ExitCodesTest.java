package io.pocketsim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/** Only the user's mistakes, as the commands name them, exit 2; anything else escaping a command is a failure. */
class ExitCodesTest {
    @Test
    void shouldBlameTheUserOnlyForBadInput() {
        assertThat(ExitCodes.forException(new BadInputException("invalid value for option '--runs': 0")))
                .isEqualTo(ExitCodes.BAD_INPUT);
    }

    @Test
    void shouldReportAnIllegalArgumentFromDeeperDownAsAFailure() {
        assertThat(ExitCodes.forException(new IllegalArgumentException("index out of range: 7")))
                .isEqualTo(ExitCodes.FAILURE);
        assertThat(ExitCodes.forException(new UncheckedIOException(new java.io.IOException("disk full"))))
                .isEqualTo(ExitCodes.FAILURE);
    }
}
