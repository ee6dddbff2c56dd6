package io.pocketsim.core.pocket.block;

import io.pocketsim.core.pocket.parameters.Correction;
import io.pocketsim.core.pocket.parameters.PocketRunParameters;
import io.pocketsim.core.pocket.state.Application;
import io.pocketsim.core.pocket.state.Gateway;
import io.pocketsim.core.pocket.state.Links;
import io.pocketsim.core.pocket.state.PocketState;
import io.pocketsim.core.pocket.state.Service;
import io.pocketsim.core.pocket.state.Servicer;
import io.pocketsim.core.pocket.support.IdMarks;
import io.pocketsim.core.pocket.support.Samplers;
import io.pocketsim.core.pocket.support.Scratch;
import java.util.ArrayList;
import java.util.List;

/**
 * Block 5 ({@code delegation_service_block}): servicers link to services, then applications delegate to gateways
 * (model-spec.md §4.5).
 */
public final class Linking {
    private Linking() {
    }

    /** p_service_linking / service_linking_basic (or "test") + service_linking_policy, servicer by servicer. */
    public static void serviceLinking(PocketRunParameters p, PocketState s, Samplers r) {
        boolean test = "test".equals(p.serviceLinkingFunction());
        boolean swapped = !p.corrected(Correction.SERVICE_LINKING_PROBABILITIES);
        Scratch scratch = s.workspace(Scratch.class, Scratch::new);
        ArrayList<Object> proposals = scratch.proposals();
        IdMarks listed = scratch.serviceMarks();
        long height = s.height();
        int nServices = s.serviceCount();
        // each listed service marked with its position, so that a servicer's links can be flagged by position
        listed.newScan();
        for (int j = 0; j < nServices; j++) {
            listed.mark(s.service(j).id(), j);
        }
        // linkedAt[position] == the servicer's stamp: the service there is linked to the servicer being scanned
        int[] linkedAt = scratch.stamps(nServices);
        int stamp = 0;
        double maxLink = p.serviceMaxNumberLink();
        boolean atLeast = p.corrected(Correction.LINK_BUDGET_AT_LEAST);
        for (int i = 0; i < s.servicerCount(); i++) {
            Servicer sv = s.servicer(i);
            if (sv.isJailed()) {
                continue;
            }
            int linked = sv.serviceCount();
            // equality test only (quirk §9.10): above the cap the budget is negative and never runs out
            if (linked == maxLink || (atLeast && linked > maxLink)) {
                continue;
            }
            double ct = maxLink - linked;
            proposals.clear();
            // nothing links before the scan ends, so flagging the positions of the servicer's services once
            // replaces a search of its links for every listed service
            stamp++;
            for (int j = 0; j < linked; j++) {
                int id = sv.service(j).id();
                if (listed.isMarked(id)) {
                    linkedAt[listed.value(id)] = stamp;
                }
            }
            for (int j = nServices - 1; j >= 0; j--) {
                if (linkedAt[j] == stamp) {
                    continue;
                }
                Service service = s.service(j);
                boolean accept;
                if (test) {
                    accept = true;
                } else {
                    boolean joinedToday = service.joinHeight() == height;
                    // the original applies "normal" to services that joined today (quirk §9.10)
                    double prob = joinedToday == swapped
                            ? p.serviceLinkingProbabilityNormal()
                            : p.serviceLinkingProbabilityJustJoined();
                    accept = r.uniform() < prob;
                }
                if (accept) {
                    proposals.add(service);
                    ct -= 1;
                }
                if (ct == 0) {
                    break;
                }
            }
            for (int k = 0; k < proposals.size(); k++) {
                if (sv.serviceCount() < p.maxChainsServicer()) {
                    Links.link((Service) proposals.get(k), sv);
                }
            }
        }
        proposals.clear();
    }

    /** p_gateway_delegation: "basic" (users of gateways) or "test" (odd ids). */
    public static void gatewayDelegation(PocketRunParameters p, PocketState s, Samplers r) {
        boolean test = "test".equals(p.gatewayDelegationFunction());
        List<Application> apps = s.applications();
        List<Gateway> gateways = s.gateways();
        for (int i = 0; i < apps.size(); i++) {
            Application a = apps.get(i);
            boolean wants = test ? a.id() % 2 == 1 : a.usesGateway();
            if (wants && a.delegate() == null && !gateways.isEmpty()) {
                Links.delegate(a, gateways.get(r.index(gateways.size())));
            }
        }
    }
}
