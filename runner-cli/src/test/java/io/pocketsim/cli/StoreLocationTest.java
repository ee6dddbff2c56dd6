package io.pocketsim.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** One parser for every command's --out: folders, file: URIs and s3:// locations. */
class StoreLocationTest {
    @Test
    void shouldReadAPlainPathOrFileUriAsTheLocalStore() {
        assertThat(StoreLocation.parse("--out", "results").local()).isEqualTo(Path.of("results"));
        assertThat(StoreLocation.parse("--out", "file:out/a").local()).isEqualTo(Path.of("out/a"));
        assertThat(StoreLocation.parse("--out", "file:///tmp/r").local()).isEqualTo(Path.of("/tmp/r"));
        assertThat(StoreLocation.parse("--out", "results").isS3()).isFalse();
    }

    @Test
    void shouldReadAnS3Uri() {
        StoreLocation l = StoreLocation.parse("--out", "s3://my-bucket/pocketsim/results");

        assertThat(l.isS3()).isTrue();
        assertThat(l.s3().bucket()).isEqualTo("my-bucket");
        assertThat(l.s3().prefix()).isEqualTo("pocketsim/results/");
        assertThat(l.display()).isEqualTo("s3://my-bucket/pocketsim/results/");
    }

    @Test
    void shouldRejectOtherSchemesAndBadBucketsAsBadInputNamingTheOption() {
        assertThatThrownBy(() -> StoreLocation.parse("--out", "gs://bucket/x")).isInstanceOf(BadInputException.class)
                .hasMessageContaining("--out").hasMessageContaining("s3://bucket/prefix");
        assertThatThrownBy(() -> StoreLocation.parse("--out", "s3://B/x")).isInstanceOf(BadInputException.class)
                .hasMessageContaining("--out").hasMessageContaining("bucket name");
    }
}
