package io.pocketsim.postprocess.result;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.pocketsim.core.random.SeedDerivation;
import io.pocketsim.postprocess.store.testutils.ToyRuns;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManifestJsonTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Manifest sample() {
        ExperimentMetadata md = ToyRuns.gridPoint("network_viability_ag3_", 17, 2, 365)
                .withProvenance("priceModel", "KDE of daily returns, bandwidth 0.1")
                .withSoftwareVersion("0.1.0").withTimeSeries(TimeSeriesSelection.firstRuns(1));
        return new Manifest(Manifest.FORMAT_VERSION, md,
                List.of(new RunSeed(1, Long.MIN_VALUE), new RunSeed(2, Long.MAX_VALUE)),
                Instant.parse("2026-03-01T10:00:00Z"), Instant.parse("2026-03-01T10:00:02.5Z"), 2.5,
                List.of(new ManifestFile("timeseries.csv.gz", 123, "ab".repeat(32), 732L),
                        new ManifestFile("notes.txt", 0, "cd".repeat(32), null)));
    }

    @Test
    void shouldRoundTripEveryField() {
        Manifest m = sample();

        assertThat(ManifestJson.read(ManifestJson.write(m))).isEqualTo(m);
    }

    @Test
    void shouldWriteTheDocumentedSchema() throws IOException {
        JsonNode root = JSON.readTree(ManifestJson.write(sample()));

        assertThat(root.get("formatVersion").intValue()).isEqualTo(1);
        assertThat(root.get("experiment").textValue()).isEqualTo("network_viability_ag3_17");
        assertThat(root.get("model").textValue()).isEqualTo("toy");
        assertThat(root.get("stateSet").textValue()).isEqualTo("Base");
        assertThat(root.get("seedIdentity").get("experiment").textValue()).isEqualTo("network_viability_ag3_");
        assertThat(root.get("seedIdentity").get("pointIndex").intValue()).isEqualTo(17);
        assertThat(root.get("parameters").get("fee").doubleValue()).isEqualTo(8.5);
        assertThat(root.get("parameters").get("events").get(1).textValue()).isEqualTo("price_drop");
        assertThat(root.get("parameters").get("cap").isNull()).isTrue();
        assertThat(root.get("runs").intValue()).isEqualTo(2);
        assertThat(root.get("timesteps").intValue()).isEqualTo(365);
        assertThat(root.get("timeseries").textValue()).isEqualTo("runs:1");
        assertThat(root.get("seed").get("rootSeed").longValue()).isEqualTo(42L);
        assertThat(root.get("seed").get("derivation").textValue()).isEqualTo(SeedDerivation.VERSION);
        assertThat(root.get("seed").get("algorithm").textValue()).isEqualTo("L64_X128_MIX");
        assertThat(root.get("runSeeds").get(0).get("seed").longValue()).isEqualTo(Long.MIN_VALUE);
        assertThat(root.get("softwareVersion").textValue()).isEqualTo("0.1.0");
        assertThat(root.get("provenance").get("priceModel").textValue()).startsWith("KDE");
        assertThat(root.get("startedAt").textValue()).isEqualTo("2026-03-01T10:00:00Z");
        assertThat(root.get("finishedAt").textValue()).isEqualTo("2026-03-01T10:00:02.500Z");
        assertThat(root.get("wallTimeSeconds").doubleValue()).isEqualTo(2.5);
        assertThat(root.get("files").get(0).get("rows").longValue()).isEqualTo(732L);
        assertThat(root.get("files").get(1).get("rows").isNull()).isTrue();
        List<String> fields = List.copyOf(root.properties().stream().map(e -> e.getKey()).toList());
        assertThat(fields).containsExactly("formatVersion", "experiment", "model", "stateSet", "seedIdentity",
                "parameters", "runs", "timesteps", "timeseries", "seed", "runSeeds", "softwareVersion", "provenance", "startedAt",
                "finishedAt", "wallTimeSeconds", "files", "manifestSha256");
    }

    @Test
    void shouldRefuseAManifestEditedByHand() throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(ManifestJson.write(sample()));
        root.put("timesteps", 366);

        assertThatThrownBy(() -> ManifestJson.read(JSON.writeValueAsBytes(root)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("changed after it was written");

        ObjectNode edited = (ObjectNode) JSON.readTree(ManifestJson.write(sample()));
        ((ObjectNode) edited.get("parameters")).put(edited.get("parameters").fieldNames().next(), 12345.0);
        assertThatThrownBy(() -> ManifestJson.read(JSON.writeValueAsBytes(edited)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("manifestSha256");
    }

    @Test
    void shouldAcceptTheSameManifestReformatted() throws IOException {
        byte[] compact = new ObjectMapper().writeValueAsBytes(JSON.readTree(ManifestJson.write(sample())));

        assertThat(ManifestJson.read(compact)).isEqualTo(sample());
    }

    @Test
    void shouldRequireTheDigest() throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(ManifestJson.write(sample()));
        root.remove("manifestSha256");

        assertThatThrownBy(() -> ManifestJson.read(JSON.writeValueAsBytes(root)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("manifestSha256 is missing");
    }

    @Test
    void shouldReadAManifestWithoutTheTimeSeriesFieldAsKeepingAll() throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(ManifestJson.write(sample()));
        root.remove("timeseries");

        assertThat(ManifestJson.read(withDigest(root)).metadata().timeseries()).isEqualTo(TimeSeriesSelection.ALL);
        root.put("timeseries", "some");
        assertThatThrownBy(() -> ManifestJson.read(withDigest(root)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("manifest field timeseries");
    }

    /** The manifest with its digest recomputed as the writer computes it (a manifest written so, not edited). */
    private static byte[] withDigest(ObjectNode root) throws IOException {
        ObjectNode rest = root.deepCopy();
        rest.remove(ManifestJson.DIGEST);
        ObjectMapper pretty = new ObjectMapper().enable(com.fasterxml.jackson.databind.SerializationFeature.INDENT_OUTPUT);
        rest.put(ManifestJson.DIGEST, com.google.common.hash.Hashing.sha256().hashBytes(pretty.writeValueAsBytes(
                root.deepCopy().without(ManifestJson.DIGEST))).toString());
        return JSON.writeValueAsBytes(rest);
    }

    @Test
    void shouldNameTheMissingField() throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(ManifestJson.write(sample()));
        ((ObjectNode) root.get("files").get(0)).remove("sha256");

        assertThatThrownBy(() -> ManifestJson.read(JSON.writeValueAsBytes(root)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("files[0].sha256 is missing");
    }

    @Test
    void shouldRejectAnotherFormatVersion() throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(ManifestJson.write(sample()));
        root.put("formatVersion", 2);

        assertThatThrownBy(() -> ManifestJson.read(JSON.writeValueAsBytes(root)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("formatVersion 2");
    }

    @Test
    void shouldRejectMistypedFields() throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(ManifestJson.write(sample()));
        root.put("runs", "two");
        assertThatThrownBy(() -> ManifestJson.read(JSON.writeValueAsBytes(root)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("runs is not a 32-bit integer");

        ObjectNode root2 = (ObjectNode) JSON.readTree(ManifestJson.write(sample()));
        ((ObjectNode) root2.get("parameters")).putObject("nested");
        assertThatThrownBy(() -> ManifestJson.read(JSON.writeValueAsBytes(root2)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("parameters.nested");
    }

    @Test
    void shouldRejectRunSeedsThatDoNotMatchTheRuns() throws IOException {
        ObjectNode root = (ObjectNode) JSON.readTree(ManifestJson.write(sample()));
        root.put("runs", 3);

        assertThatThrownBy(() -> ManifestJson.read(JSON.writeValueAsBytes(root)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("runSeeds has 2 entries");
    }

    @Test
    void shouldRejectGarbage() {
        for (String garbage : List.of("", "[]", "{", "not json", "{\"formatVersion\": 1}")) {
            assertThatThrownBy(() -> ManifestJson.read(garbage.getBytes(StandardCharsets.UTF_8)))
                    .as(garbage).isInstanceOf(IllegalArgumentException.class);
        }
    }
}
