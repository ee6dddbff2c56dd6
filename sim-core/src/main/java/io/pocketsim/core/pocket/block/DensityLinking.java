package io.pocketsim.core.pocket.block;

import io.pocketsim.core.pocket.state.Links;
import io.pocketsim.core.pocket.state.PocketState;
import io.pocketsim.core.pocket.state.Service;
import io.pocketsim.core.pocket.state.Servicer;
import io.pocketsim.core.pocket.parameters.PocketRunParameters;
import java.util.ArrayList;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.PermutationSampler;

/**
 * The optional initial link density (enforce_density_service_servicers, model-spec.md §2.4): shuffled
 * (servicer, service) pairs are linked from the end of the list until the density reaches the target, each
 * servicer capped at {@code max_chains_servicer} links. Applied with the per-point setup generator, so every run of a
 * point starts from the same links.
 */
public final class DensityLinking {
    private DensityLinking() {
    }

    public static void apply(PocketRunParameters p, PocketState s, UniformRandomProvider setupRng) {
        double target = p.servicerServiceDensityStarting();
        if (Double.isNaN(target) || target == 0) {
            return;
        }
        ArrayList<Servicer> servicers = s.servicers;
        ArrayList<Service> services = s.services;
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
            if (sv.services.size() < p.maxChainsServicer()) {
                Links.link(service, sv);
            }
        }
    }

    /** Links per servicer per service. */
    public static double density(PocketState s) {
        double links = 0;
        for (int i = 0; i < s.servicers.size(); i++) {
            links += s.servicers.get(i).services.size();
        }
        return links / s.services.size() / s.servicers.size();
    }
}
