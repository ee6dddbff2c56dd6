package io.pocketsim.experiments.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pocketsim.experiments.model.PocketModelDescription;
import java.util.ArrayList;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.Test;

class GridFileValidationTest {
    private static final String FILE = "user/my_grid.json";

    /** A valid user grid with one line replaced. */
    private static String grid(String protocol, String environmental, String extra) {
        return "{\n"
                + "  \"name\": \"my_family_ag1_\", \"family\": \"my_family\", \"iteration\": 1,\n"
                + "  \"model\": \"pocket\", \"stateSet\": \"Base\", \"parameterSet\": \"Base\", \"runs\": 5, \"days\": 365,\n"
                + "  \"protocol\": {" + protocol + "},\n"
                + "  \"environmental\": {" + environmental + "}" + extra + "\n"
                + "}\n";
    }

    private static final String PROTOCOL = "\"gateway_fee_per_relay\": [10, 100]";
    private static final String ENVIRONMENTAL = "\"application_max_number\": [5, 20]";

    private static ExperimentCatalog load(String json) {
        List<CatalogSource> sources = new ArrayList<>(ExperimentCatalog.builtInSources());
        sources.add(new CatalogSource(FILE, json));
        return ExperimentCatalog.load(List.of(PocketModelDescription.instance()), sources);
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> assertRejected(String json) {
        return assertThatThrownBy(() -> load(json)).isInstanceOf(CatalogFileException.class)
                .hasMessageStartingWith(FILE + ": ");
    }

    @Test
    void shouldAcceptTheValidBaselineFile() {
        ExperimentCatalog c = load(grid(PROTOCOL, ENVIRONMENTAL, ""));
        assertThat(c.grid("my_family_ag1_").orElseThrow().size()).isEqualTo(4);
        assertThat(c.origin("my_family_ag1_")).hasValue(FILE);
    }

    @Test
    void shouldRejectAnUnknownParameterSuggestingTheClosest() {
        assertRejected(grid(PROTOCOL, "\"aplication_max_number\": [5, 20]", ""))
                .hasMessageContaining("environmental.aplication_max_number")
                .hasMessageContaining("unknown parameter aplication_max_number")
                .hasMessageContaining("did you mean application_max_number?");
    }

    @Test
    void shouldRejectAValueOfTheWrongType() {
        assertRejected(grid(PROTOCOL, "\"application_max_number\": [5, \"many\"]", ""))
                .hasMessageContaining("environmental.application_max_number[1]")
                .hasMessageContaining("invalid value \"many\"")
                .hasMessageContaining("allowed: a whole number >= 1");
        assertRejected(grid(PROTOCOL, "\"event\": [true]", ""))
                .hasMessageContaining("environmental.event[0]")
                .hasMessageContaining("wrong type boolean true");
    }

    @Test
    void shouldRejectAnEmptyValueList() {
        assertRejected(grid(PROTOCOL, "\"application_max_number\": []", ""))
                .hasMessageContaining("environmental.application_max_number")
                .hasMessageContaining("empty value list")
                .hasMessageContaining("allowed: a list of at least one value, each a whole number >= 1");
    }

    @Test
    void shouldRejectAGridNameAlreadyBuiltIn() {
        String json = grid(PROTOCOL, ENVIRONMENTAL, "")
                .replace("my_family_ag1_", "network_viability_ag1_").replace("\"my_family\"", "\"network_viability\"");
        assertRejected(json)
                .hasMessageContaining("name: duplicate name")
                .hasMessageContaining("\"network_viability_ag1_\" is already defined in classpath:experiments/network_viability.json");
    }

    @Test
    void shouldRejectAnExperimentNameAlreadyBuiltIn() {
        String json = "{\"experiments\": [{\"name\": \"Base\", \"model\": \"pocket\", \"stateSet\": \"Base\","
                + " \"parameterSet\": \"Base\", \"runs\": 1, \"days\": 10}]}";
        assertRejected(json).hasMessageContaining("experiments[0] (Base)")
                .hasMessageContaining("\"Base\" is already defined in classpath:experiments/standalone.json");
    }

    @Test
    void shouldRejectANameThatIsAlreadyAPointOfAnotherGrid() {
        String json = "{\"experiments\": [{\"name\": \"Test12\", \"model\": \"pocket\", \"stateSet\": \"Base\","
                + " \"parameterSet\": \"Base\", \"runs\": 1, \"days\": 10}]}";
        assertRejected(json).hasMessageContaining("\"Test12\" is already point 12 of grid Test");
    }

    @Test
    void shouldRejectADuplicateNameWithinOneFile() {
        String g = "{\"name\": \"twice\", \"model\": \"pocket\", \"stateSet\": \"Base\", \"parameterSet\": \"Base\","
                + " \"runs\": 1, \"days\": 10, \"environmental\": {\"application_max_number\": [5, 6]}}";
        assertRejected("{\"grids\": [" + g + ", " + g + "]}")
                .hasMessageContaining("grids[1] (twice)")
                .hasMessageContaining("\"twice\" is already defined in " + FILE);
    }

    @Test
    void shouldRejectAValueOutsideItsParametersRange() {
        assertRejected(grid("\"validator_fee_percentage\": [0.5, 1.5]", ENVIRONMENTAL, ""))
                .hasMessageContaining("protocol.validator_fee_percentage[1]")
                .hasMessageContaining("invalid value 1.5")
                .hasMessageContaining("allowed: a number in [0, 1]");
    }

    @Test
    void shouldRejectAProtocolKeyWithOtherThanTwoValues() {
        assertRejected(grid("\"gateway_fee_per_relay\": [10, 55, 100]", ENVIRONMENTAL, ""))
                .hasMessageContaining("protocol.gateway_fee_per_relay")
                .hasMessageContaining("has 3 values")
                .hasMessageContaining("allowed: exactly 2 values");
        assertRejected(grid("\"gateway_fee_per_relay\": [10]", ENVIRONMENTAL, ""))
                .hasMessageContaining("has 1 values");
    }

    @Test
    void shouldRejectMalformedJsonWithItsPosition() {
        assertRejected(grid(PROTOCOL, ENVIRONMENTAL, "").replace("\"runs\": 5,", "\"runs\": 5"))
                .hasMessageContaining("line 3, column")
                .hasMessageContaining("malformed JSON");
    }

    @Test
    void shouldRejectAKeyWrittenTwiceInOneObject() {
        assertRejected(grid("\"gateway_fee_per_relay\": [10, 100], \"gateway_fee_per_relay\": [1, 2]", ENVIRONMENTAL, ""))
                .hasMessageContaining("malformed JSON")
                .hasMessageContaining("Duplicate field 'gateway_fee_per_relay'");
    }

    @Test
    void shouldRejectAnUnknownFieldSuggestingTheClosest() {
        assertRejected(grid(PROTOCOL, ENVIRONMENTAL, ", \"enviromental\": {}"))
                .hasMessageContaining("grid my_family_ag1_: enviromental")
                .hasMessageContaining("unknown field; allowed: one of [")
                .hasMessageEndingWith("; did you mean environmental?");
    }

    @Test
    void shouldRejectAParameterThatIsBothFixedAndSwept() {
        assertRejected(grid(PROTOCOL, ENVIRONMENTAL, ", \"fixed\": {\"gateway_fee_per_relay\": 20}"))
                .hasMessageContaining("protocol.gateway_fee_per_relay")
                .hasMessageContaining("is already fixed or swept");
    }

    @Test
    void shouldRejectANonNumericProtocolValue() {
        assertRejected(grid("\"gateway_fee_per_relay\": [10, \"Dynamic\"]", ENVIRONMENTAL, ""))
                .hasMessageContaining("protocol.gateway_fee_per_relay[1]")
                .hasMessageContaining("is not a number");
    }

    @Test
    void shouldRejectRepeatedValuesInAList() {
        assertRejected(grid(PROTOCOL, "\"application_max_number\": [5, 5.0]", ""))
                .hasMessageContaining("environmental.application_max_number[1]: duplicate value 5.0");
    }

    @Test
    void shouldRejectANameThatDoesNotMatchFamilyAndIteration() {
        assertRejected(grid(PROTOCOL, ENVIRONMENTAL, "").replace("\"iteration\": 1", "\"iteration\": 2"))
                .hasMessageContaining("name: \"my_family_ag1_\" does not match family my_family and iteration 2")
                .hasMessageContaining("allowed: \"my_family_ag2_\"");
    }

    @Test
    void shouldRejectAnUnknownStateSetModelOrParameterSet() {
        assertRejected(grid(PROTOCOL, ENVIRONMENTAL, "").replace("\"stateSet\": \"Base\"", "\"stateSet\": \"Bse\""))
                .hasMessageContaining("stateSet: unknown state set \"Bse\"; allowed: one of [Test, Base]");
        assertRejected(grid(PROTOCOL, ENVIRONMENTAL, "").replace("\"model\": \"pocket\"", "\"model\": \"pockett\""))
                .hasMessageContaining("model: unknown model \"pockett\"; allowed: one of [pocket]");
        assertRejected(grid(PROTOCOL, ENVIRONMENTAL, "").replace("\"parameterSet\": \"Base\"", "\"parameterSet\": \"Best\""))
                .hasMessageContaining("parameterSet: unknown parameter set \"Best\"");
    }

    @Test
    void shouldRejectBadRunsAndDays() {
        assertRejected(grid(PROTOCOL, ENVIRONMENTAL, "").replace("\"runs\": 5", "\"runs\": 0"))
                .hasMessageContaining("runs: not strictly positive: 0");
        assertRejected(grid(PROTOCOL, ENVIRONMENTAL, "").replace("\"days\": 365", "\"days\": \"a year\""))
                .hasMessageContaining("days: wrong type string \"a year\"; allowed: a whole number >= 1")
                .satisfies(e -> assertThat(e.getMessage().split("my_grid.json", -1))
                        .as("the location is named once: %s", e.getMessage()).hasSize(2));
    }

    @Test
    void shouldRejectABadDerivedExpression() {
        assertRejected(grid(PROTOCOL, ENVIRONMENTAL, ", \"derived\": {\"dao_fee_percentage\": \"1 - - validator_fee_percentage\"}"))
                .hasMessageContaining("derived.dao_fee_percentage: invalid expression");
        assertRejected(grid(PROTOCOL, ENVIRONMENTAL, ", \"derived\": {\"dao_fee_percentage\": \"1 - validator_fee\"}"))
                .hasMessageContaining("derived.dao_fee_percentage: unknown parameter validator_fee");
        assertRejected(grid(PROTOCOL, ENVIRONMENTAL, ", \"derived\": {\"dao_fee_percentage\": \"2 - gateway_fee_per_relay\"}"))
                .hasMessageContaining("derived.dao_fee_percentage: \"2 - gateway_fee_per_relay\" gives -8.0")
                .hasMessageContaining("allowed: a number in [0, 1]");
    }

    @Test
    void shouldRejectADerivedParameterThatIsAlsoSet() {
        assertRejected(grid(PROTOCOL, ENVIRONMENTAL, ", \"fixed\": {\"dao_fee_percentage\": 0.5},"
                + " \"derived\": {\"dao_fee_percentage\": \"1 - validator_fee_percentage\"}"))
                .hasMessageContaining("derived.dao_fee_percentage: dao_fee_percentage is already fixed, swept or derived");
    }

    @Test
    void shouldRejectAFamilyWithoutIteration() {
        assertRejected(grid(PROTOCOL, ENVIRONMENTAL, "").replace("\"iteration\": 1,", ""))
                .hasMessageContaining("family and iteration must be given together");
    }

    @Test
    void shouldRejectBadFixedOverridesWithTheirKey() {
        assertRejected(grid(PROTOCOL, ENVIRONMENTAL, ", \"fixed\": {\"servcer_max_number\": 3}"))
                .hasMessageContaining("fixed.servcer_max_number: unknown parameter servcer_max_number")
                .hasMessageContaining("did you mean servicer_max_number?");
        assertRejected(grid(PROTOCOL, ENVIRONMENTAL, ", \"fixed\": {\"servicer_max_number\": 0}"))
                .hasMessageContaining("fixed.servicer_max_number: parameter servicer_max_number: invalid value 0.0")
                .hasMessageContaining("allowed: a whole number >= 1");
        assertRejected(grid(PROTOCOL, ENVIRONMENTAL, ", \"fixed\": {\"event\": \"service_joins\"}"))
                .hasMessageContaining("fixed.event: parameter event: invalid value \"service_joins\"")
                .hasMessageContaining("allowed: one of [servicer_shutdown_by_geozone_random");
    }

    @Test
    void shouldSayAnEmptyProtocolListNeedsTwoValues() {
        assertRejected(grid("\"gateway_fee_per_relay\": []", ENVIRONMENTAL, ""))
                .hasMessageContaining("protocol.gateway_fee_per_relay: empty value list")
                .hasMessageContaining("allowed: exactly 2 values (the bracket [low, high]), each a number >= 0");
    }

    @Test
    void shouldRejectAListWhereAListIsNotGiven() {
        assertRejected(grid("\"gateway_fee_per_relay\": 10", ENVIRONMENTAL, ""))
                .hasMessageContaining("protocol.gateway_fee_per_relay: wrong type number 10; allowed: a list of values");
    }

    @Test
    void shouldSayStrictlyPositiveForAnExclusiveZeroBound() {
        assertRejected(grid(PROTOCOL, "\"relays_per_session_gamma_distribution_scale\": [0]", ""))
                .hasMessageContaining("environmental.relays_per_session_gamma_distribution_scale[0]")
                .hasMessageContaining("invalid value 0.0; allowed: a number > 0");
    }

    @Test
    void shouldNameTheGridOfABadValueInAFamilyFilesDefaults() {
        String family = "{\"defaults\": {\"family\": \"f\", \"model\": \"pocket\", \"stateSet\": \"Base\","
                + " \"parameterSet\": \"Base\", \"runs\": 5, \"days\": 365,"
                + " \"environmental\": {\"kick_bottom_probability\": [0.1, 2]}},"
                + " \"grids\": [{\"name\": \"f_ag1_\", \"iteration\": 1, \"protocol\": " + "{" + PROTOCOL + "}}]}";
        assertRejected(family).hasMessageContaining("grids[0] (f_ag1_): environmental.kick_bottom_probability[1]")
                .hasMessageContaining("invalid value 2.0; allowed: a number in [0, 1]");
    }

    @Test
    void shouldLoadNothingWhenOneFileIsBad() {
        String good = grid(PROTOCOL, ENVIRONMENTAL, "");
        List<CatalogSource> sources = new ArrayList<>(ExperimentCatalog.builtInSources());
        sources.add(new CatalogSource("good.json", good));
        sources.add(new CatalogSource("bad.json", "{"));
        assertThatThrownBy(() -> ExperimentCatalog.load(List.of(PocketModelDescription.instance()), sources))
                .hasMessageStartingWith("bad.json: ");
    }
}
