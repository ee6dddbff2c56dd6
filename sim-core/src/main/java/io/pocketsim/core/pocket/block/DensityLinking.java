package io.pocketsim.core.pocket.block;

import io.pocketsim.core.pocket.parameters.PocketRunParameters;
import io.pocketsim.core.pocket.state.Links;
import io.pocketsim.core.pocket.state.PocketState;
import io.pocketsim.core.pocket.state.Service;
import io.pocketsim.core.pocket.state.Servicer;
import java.util.List;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.PermutationSampler;

/**
 * Block 5's start ({@code enforce_density_service_servicers}): the optional initial link density (model-spec.md
 * §2.4, §4.5), applied once when a run's state is built: shuffled
 * (servicer, service) pairs are linked from the end of the list until the density reaches the target, each
 * servicer capped at {@code max_chains_servicer} links. Applied with the per-point setup generator, so every run of a
 * point starts from the same links.
 */
public final class DensityLinking {
    private DensityLinking() {
    }

    /** Links shuffled pairs until the density reaches {@code servicer_service_density_starting} (if set). */
    public static void apply(PocketRunParameters p, PocketState s, UniformRandomProvider setupRng) {
        double target = p.servicerServiceDensityStarting();
        if (Double.isNaN(target) || target == 0) {
            return;
        }
        List<Servicer> servicers = s.servicers();
        List<Service> services = s.services();
        int nServices = services.size();
        int pairs = servicers.size() * nServices;
        // itertools.product(Servicers, Services): servicer-major pair numbering
        int[] order = PermutationSampler.natural(pairs);
        PermutationSampler.shuffle(setupRng, order);
        int remaining = pairs;
        while (remaining > 0 && density(s) < target) {
            int pair = order[--remaining];
            Servicer sv = servicers.get(pair / nServices);
            Service service = services.get(pair % nServices);
            if (sv.serviceCount() < p.maxChainsServicer()) {
                Links.link(service, sv);
            }
        }
    }

    /** Links per servicer per service. */
    static double density(PocketState s) {
        double links = 0;
        List<Servicer> servicers = s.servicers();
        for (int i = 0; i < servicers.size(); i++) {
            links += servicers.get(i).serviceCount();
        }
        return links / s.services().size() / servicers.size();
    }
}
