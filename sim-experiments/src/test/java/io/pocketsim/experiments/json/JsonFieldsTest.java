package io.pocketsim.experiments.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonFieldsTest {
    private static final JsonMapper MAPPER = new JsonMapper();

    /** The default wording: "file: location: problem", JSON null counting as absent. */
    private static final JsonFields.Errors PLAIN = (location, problem) ->
            new IllegalArgumentException("f.json: " + location + ": " + problem);

    /** A wording in which JSON null is a value, as manifests treat it. */
    private static final JsonFields.Errors NULL_IS_VALUE = new JsonFields.Errors() {
        @Override
        public RuntimeException at(String location, String problem) {
            return new IllegalArgumentException(location + " " + problem);
        }

        @Override
        public RuntimeException wrongType(String location, JsonNode found, String allowed) {
            return at(location, "is not " + allowed + ": " + found);
        }

        @Override
        public boolean nullIsMissing() {
            return false;
        }
    };

    private static JsonFields fields(String json, JsonFields.Errors errors) throws Exception {
        return new JsonFields(MAPPER.readTree(json), "grid", errors);
    }

    @Test
    void readsTypedValues() throws Exception {
        JsonFields f = fields("{\"a\": \"x\", \"n\": 3, \"big\": 5000000000, \"d\": 1.5, \"o\": {}, \"l\": []}",
                PLAIN);
        assertThat(f.text("a")).isEqualTo("x");
        assertThat(f.integer("n", "a count")).isEqualTo(3);
        assertThat(f.longInteger("big", "a long")).isEqualTo(5_000_000_000L);
        assertThat(f.number("d", "a number")).isEqualTo(1.5);
        assertThat(f.object("o", "an object").isObject()).isTrue();
        assertThat(f.array("l", "a list").isArray()).isTrue();
        assertThat(f.optionalText("absent")).isNull();
        assertThat(f.optionalInteger("absent", "a count")).isNull();
        assertThat(f.optionalObject("absent", "an object")).isNull();
        assertThat(f.optionalArray("absent", "a list")).isNull();
    }

    @Test
    void missingAndWrongTypeNameTheLocationAndWhatIsAllowed() throws Exception {
        JsonFields f = fields("{\"a\": 1, \"big\": 5000000000, \"s\": null}", PLAIN);
        assertThatThrownBy(() -> f.text("b")).hasMessage("f.json: grid.b: missing; allowed: a string");
        assertThatThrownBy(() -> f.text("s")).hasMessage("f.json: grid.s: missing; allowed: a string");
        assertThatThrownBy(() -> f.text("a")).hasMessage("f.json: grid.a: wrong type NUMBER; allowed: a string");
        assertThatThrownBy(() -> f.integer("big", "a count"))
                .hasMessage("f.json: grid.big: wrong type NUMBER; allowed: a count");
        assertThatThrownBy(() -> f.object("a", "an object"))
                .hasMessage("f.json: grid.a: wrong type NUMBER; allowed: an object");
    }

    @Test
    void nullIsAValueWhereTheReaderSaysSo() throws Exception {
        JsonFields f = fields("{\"s\": null}", NULL_IS_VALUE);
        assertThat(f.required("s", "a string").isNull()).isTrue();
        assertThatThrownBy(() -> f.text("s")).hasMessage("grid.s is not a string: null");
        assertThatThrownBy(() -> f.text("t")).hasMessage("grid.t missing; allowed: a string");
    }

    @Test
    void unknownFieldsSuggestTheClosestAllowedName() throws Exception {
        JsonFields f = fields("{\"name\": \"x\", \"rnus\": 3}", PLAIN);
        assertThatThrownBy(() -> f.allowOnly(Set.of("name", "runs", "days")))
                .hasMessageStartingWith("f.json: grid.rnus: unknown field; allowed: one of [days, name, runs]")
                .hasMessageContaining("runs");
        f.in("x", f.node()).allowOnly(Set.of("name", "rnus"));
    }

    @Test
    void nestedFieldsJoinTheirLocation() throws Exception {
        JsonFields root = new JsonFields(MAPPER.readTree("{\"seed\": {\"root\": \"x\"}}"), "", PLAIN);
        JsonFields seed = root.in("seed", root.object("seed", "an object"));
        assertThat(seed.at("root")).isEqualTo("seed.root");
        assertThatThrownBy(() -> seed.integer("root", "a whole number"))
                .hasMessage("f.json: seed.root: wrong type STRING; allowed: a whole number");
    }
}
