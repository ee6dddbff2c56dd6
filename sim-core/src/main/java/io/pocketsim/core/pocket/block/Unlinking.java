package io.pocketsim.core.pocket.block;

import io.pocketsim.core.pocket.parameters.PocketRunParameters;
import io.pocketsim.core.pocket.state.Application;
import io.pocketsim.core.pocket.state.Links;
import io.pocketsim.core.pocket.state.PocketState;
import io.pocketsim.core.pocket.state.Service;
import io.pocketsim.core.pocket.state.Servicer;
import io.pocketsim.core.pocket.support.Samplers;
import io.pocketsim.core.pocket.support.Scratch;
import java.util.ArrayList;
import java.util.List;

/**
 * Block 9 ({@code undelegation_unservice_block}): random service unlinking with the kick-bottom rule, then random
 * gateway undelegation (model-spec.md §4.9).
 */
public final class Unlinking {
    private Unlinking() {
    }

    /** p_service_unlinking / service_unlinking_ba_basic, for every servicer (jailed ones included). */
    public static void serviceUnlinking(PocketRunParameters p, PocketState s, Samplers r) {
        ArrayList<Object> proposals = s.workspace(Scratch.class, Scratch::new).proposals();
        double probability = p.serviceUnlinkingProbability();
        long height = s.height();
        for (int i = 0; i < s.servicerCount(); i++) {
            Servicer sv = s.servicer(i);
            proposals.clear();
            boolean kickBottom = false;
            for (int j = 0; j < sv.serviceCount(); j++) {
                Service service = sv.service(j);
                if (service.joinHeight() == height) {
                    kickBottom = true;
                }
                if (r.uniform() < probability) {
                    proposals.add(service);
                }
            }
            if (kickBottom && sv.revenueExpectationCount() > 0) {
                Service bottom = lowestExpectation(sv);
                // the kick-bottom draw happens only if the bottom service is not already proposed
                if (!proposals.contains(bottom) && r.uniform() < p.kickBottomProbability()) {
                    proposals.add(bottom);
                }
            }
            for (int k = 0; k < proposals.size(); k++) {
                Service service = (Service) proposals.get(k);
                if (sv.services().contains(service)) { // service_unlinking_policy
                    Links.unlink(service, sv);
                }
            }
        }
        proposals.clear();
    }

    /** {@code services_by_revenue()[0][0]}: the first service with the lowest expectation (stable sort). */
    static Service lowestExpectation(Servicer sv) {
        int best = 0;
        for (int k = 1; k < sv.revenueExpectationCount(); k++) {
            if (sv.revenueExpectation(k) < sv.revenueExpectation(best)) {
                best = k;
            }
        }
        return sv.revenueExpectationService(best);
    }

    /** p_gateway_undelegation. */
    public static void gatewayUndelegation(PocketRunParameters p, PocketState s, Samplers r) {
        List<Application> apps = s.applications();
        double probability = p.gatewayUndelegationProbability();
        for (int i = 0; i < apps.size(); i++) {
            Application a = apps.get(i);
            if (a.delegate() != null && r.uniform() < probability) {
                Links.undelegate(a);
            }
        }
    }
}
