package io.pocketsim.core.pocket.parameters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.pocketsim.core.param.ParameterPoint;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PocketParameterSpaceTest {

    @Test
    void schemaHasTheOriginals77ParametersInBaseOrderPlusCorrections() {
        List<String> names = PocketParameterSpace.names();
        assertThat(names).hasSize(78);
        assertThat(names.get(0)).isEqualTo("minimum_stake_servicer");
        assertThat(names.subList(31, 33)).containsExactly("kpi_3_R", "application_max_number");
        assertThat(names.subList(56, 59)).containsExactly("event", "servicer_service_density_starting",
                "application_join_function");
        assertThat(names.get(76)).isEqualTo("gateway_stake_function");
        assertThat(names.get(77)).isEqualTo("corrections");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Test", "Base", "BaseDynamic", "BaseEvent"})
    void everyNamedSetIsValidAndConvertsToTypedParameters(String name) {
        PocketRunParameters p = PocketRunParameters.from(PocketParameterSpace.namedSet(name));
        assertThat(p.minimumStakeServicer()).isEqualTo(15000e6);
        assertThat(p.corrections()).isEmpty();
    }

    @Test
    void baseValuesAndDerivedForms() {
        PocketRunParameters base = PocketRunParameters.from(PocketParameterSpace.namedSet("Base"));
        assertThat(base.relaysToTokensMultiplier()).isEqualTo(161.29);
        assertThat(base.relaysToTokensMultiplierDynamic()).isFalse();
        assertThat(base.applicationFeePerRelay()).isNaN();
        assertThat(base.applicationFeePerRelayGfprMultiplier()).isEqualTo(1.25);
        assertThat(base.maturityRelayCost()).isEqualTo(0.000001971 * 0.75);
        assertThat(base.event()).isNull();
        assertThat(base.servicerServiceDensityStarting()).isNaN();
        assertThat(base.relaysPerSessionGammaDistributionScale()).isEqualTo(300000);

        PocketRunParameters test = PocketRunParameters.from(PocketParameterSpace.namedSet("Test"));
        assertThat(test.serviceMaxNumberLink()).isEqualTo(8);
        assertThat(test.relaysPerSessionGammaDistributionShape()).isEqualTo(500);
        assertThat(test.relaysPerSessionGammaDistributionScale()).isEqualTo(50);

        PocketRunParameters dynamic = PocketRunParameters.from(PocketParameterSpace.namedSet("BaseDynamic"));
        assertThat(dynamic.relaysToTokensMultiplierDynamic()).isTrue();
        assertThat(dynamic.gatewayFeePerRelayDynamic()).isTrue();
        assertThat(dynamic.relaysToTokensMultiplier()).isNaN();

        assertThat(PocketRunParameters.from(PocketParameterSpace.namedSet("BaseEvent")).event())
                .isEqualTo("servicer_shutdown_by_geozone_random");
    }

    @Test
    void correctionsAreParsedByName() {
        ParameterPoint p = PocketParameterSpace.namedSet("Base").with("corrections", List.of("relay_fee_burn"));
        assertThat(PocketRunParameters.from(p).corrected(Correction.RELAY_FEE_BURN)).isTrue();
        assertThatThrownBy(() -> PocketRunParameters.from(p.with("corrections", List.of("no_such_fix"))))
                .hasMessageContaining("corrections").hasMessageContaining("relay_fee_burn");
    }

    @Test
    void invalidValuesNameTheParameterAndWhatIsAllowed() {
        ParameterPoint base = PocketParameterSpace.namedSet("Base");
        assertThatThrownBy(() -> PocketRunParameters.from(base.with("dao_allocation", 1.5)))
                .hasMessageContaining("dao_allocation").hasMessageContaining("[0, 1]");
        assertThatThrownBy(() -> PocketRunParameters.from(base.with("relays_to_tokens_multiplier", "dynamic")))
                .hasMessageContaining("relays_to_tokens_multiplier").hasMessageContaining("Dynamic");
        assertThatThrownBy(() -> PocketRunParameters.from(base.with("application_fee_per_relay", "GFPR/2")))
                .hasMessageContaining("application_fee_per_relay");
        assertThatThrownBy(() -> PocketRunParameters.from(base.with("event", "oracle_meltdown")))
                .hasMessageContaining("event").hasMessageContaining("oracle_shutdown");
        assertThatThrownBy(() -> PocketRunParameters.from(base.with("application_max_number", 2.5)))
                .hasMessageContaining("application_max_number").hasMessageContaining("whole number");
        assertThatThrownBy(() -> PocketParameterSpace.namedSet("base"))
                .hasMessageContaining("Base");
        assertThatThrownBy(() -> PocketRunParameters.from(base.with("aplication_max_number", 20)))
                .hasMessageContaining("did you mean application_max_number");
    }
}
