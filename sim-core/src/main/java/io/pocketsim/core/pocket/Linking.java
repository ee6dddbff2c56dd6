package io.pocketsim.core.pocket;

import io.pocketsim.core.pocket.parameters.Correction;
import io.pocketsim.core.pocket.parameters.PocketRunParameters;
import io.pocketsim.core.pocket.support.IdMarks;
import io.pocketsim.core.pocket.support.Samplers;
import java.util.ArrayList;

/** Block 5 ({@code delegation_service_block}): servicers link to services, then applications delegate to gateways (model-spec.md §4.5). */
final class Linking {
    private Linking() {
    }

    // p_service_linking / service_linking_basic (or "test") + service_linking_policy, servicer by servicer
    static void serviceLinking(PocketRunParameters p, PocketState s, Samplers r) {
        boolean test = "test".equals(p.serviceLinkingFunction());
        boolean swapped = !p.corrected(Correction.SERVICE_LINKING_PROBABILITIES);
        ArrayList<Servicer> servicers = s.servicers;
        ArrayList<Service> services = s.services;
        ArrayList<Object> proposals = s.scratch.proposals();
        IdMarks listed = s.scratch.serviceMarks();
        // each listed service marked with its position, so that a servicer's links can be flagged by position
        listed.newScan();
        for (int j = 0; j < services.size(); j++) {
            listed.mark(services.get(j).id(), j);
        }
        // linkedAt[position] == the servicer's stamp: the service there is linked to the servicer being scanned
        int[] linkedAt = s.scratch.stamps(services.size());
        int stamp = 0;
        double maxLink = p.serviceMaxNumberLink();
        boolean atLeast = p.corrected(Correction.LINK_BUDGET_AT_LEAST);
        for (int i = 0; i < servicers.size(); i++) {
            Servicer sv = servicers.get(i);
            if (sv.jailed) {
                continue;
            }
            int linked = sv.services.size();
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
                int id = sv.services.get(j).id();
                if (listed.isMarked(id)) {
                    linkedAt[listed.value(id)] = stamp;
                }
            }
            for (int j = services.size() - 1; j >= 0; j--) {
                if (linkedAt[j] == stamp) {
                    continue;
                }
                Service service = services.get(j);
                boolean accept;
                if (test) {
                    accept = true;
                } else {
                    boolean joinedToday = service.joinHeight() == s.height;
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
                if (sv.services.size() < p.maxChainsServicer()) {
                    Links.link((Service) proposals.get(k), sv);
                }
            }
        }
        proposals.clear();
    }

    // p_gateway_delegation: "basic" (users of gateways) or "test" (odd ids)
    static void gatewayDelegation(PocketRunParameters p, PocketState s, Samplers r) {
        boolean test = "test".equals(p.gatewayDelegationFunction());
        ArrayList<Application> apps = s.applications;
        for (int i = 0; i < apps.size(); i++) {
            Application a = apps.get(i);
            boolean wants = test ? a.id() % 2 == 1 : a.usesGateway();
            if (wants && a.delegate == null && !s.gateways.isEmpty()) {
                Links.delegate(a, s.gateways.get(r.index(s.gateways.size())));
            }
        }
    }

    static <T> boolean contains(ArrayList<T> list, T item) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == item) {
                return true;
            }
        }
        return false;
    }
}
