package io.pocketsim.core.pocket.block;

import io.pocketsim.core.pocket.parameters.Correction;
import io.pocketsim.core.pocket.parameters.PocketRunParameters;
import io.pocketsim.core.pocket.state.Application;
import io.pocketsim.core.pocket.state.Gateway;
import io.pocketsim.core.pocket.state.Links;
import io.pocketsim.core.pocket.state.Participant;
import io.pocketsim.core.pocket.state.PocketState;
import io.pocketsim.core.pocket.state.Service;
import io.pocketsim.core.pocket.state.Servicer;
import io.pocketsim.core.pocket.support.Samplers;
import java.util.List;

/**
 * Block 10 ({@code leave_block}): departures (model-spec.md §4.10). Servicers, gateways and applications leave for
 * certain when they were under-staked at yesterday's leave block and still are, otherwise with their leave
 * probability (drawn only then); services leave with their probability. The new under-staked lists are built after
 * the removals.
 */
public final class Departures {
    private Departures() {
    }

    /** Servicers leave with their links; stake and holdings leave with them, unburned (quirk §9.3). */
    public static void servicers(PocketRunParameters p, PocketState s, Samplers r) {
        double min = p.minimumStakeServicer();
        double probability = p.servicerLeaveProbability();
        List<Servicer> list = s.servicers();
        if (markLeaving(list, min, probability, r)) {
            for (int i = 0; i < list.size(); i++) {
                Servicer sv = list.get(i);
                if (sv.isLeaving()) {
                    Links.unlinkAll(sv);
                }
            }
            s.removeLeavingServicers();
        }
        s.relistUnderstakedServicers(min);
    }

    /** Services leave with their links. */
    public static void services(PocketRunParameters p, PocketState s, Samplers r) {
        double probability = p.serviceLeaveProbability();
        List<Service> list = s.services();
        boolean any = false;
        for (int i = 0; i < list.size(); i++) {
            Service service = list.get(i);
            service.markLeaving(r.uniform() < probability);
            any |= service.isLeaving();
        }
        if (!any) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            Service service = list.get(i);
            if (service.isLeaving()) {
                Links.unlinkAll(service);
            }
        }
        s.removeLeavingServices();
    }

    /** Gateways leave and release their delegators (see {@link #release}). */
    public static void gateways(PocketRunParameters p, PocketState s, Samplers r) {
        double min = p.gatewayMinimumStake();
        double probability = p.gatewayLeaveProbability();
        boolean releaseAll = p.corrected(Correction.GATEWAY_DEPARTURE_RELEASES_ALL);
        List<Gateway> list = s.gateways();
        if (markLeaving(list, min, probability, r)) {
            for (int i = 0; i < list.size(); i++) {
                Gateway g = list.get(i);
                if (g.isLeaving()) {
                    release(g, releaseAll);
                }
            }
            s.removeLeavingGateways();
        }
        s.relistUnderstakedGateways(min);
    }

    /**
     * Releases a departing gateway's delegators. The original removes from the list it iterates, so it visits
     * positions 0, 2, 4, ... of the original list and the others keep pointing at the departed gateway (quirk
     * §9.13), and stay in its delegator list.
     */
    static void release(Gateway g, boolean releaseAll) {
        if (releaseAll) {
            Links.releaseAll(g);
        } else {
            Links.releaseEveryOther(g);
        }
    }

    /** Applications leave and end their delegations. */
    public static void applications(PocketRunParameters p, PocketState s, Samplers r) {
        double min = p.minimumApplicationStake();
        double probability = p.applicationLeaveProbability();
        List<Application> list = s.applications();
        if (markLeaving(list, min, probability, r)) {
            for (int i = 0; i < list.size(); i++) {
                Application a = list.get(i);
                if (a.isLeaving() && a.delegate() != null) {
                    Links.undelegate(a);
                }
            }
            s.removeLeavingApplications();
        }
        s.relistUnderstakedApplications(min);
    }

    /**
     * Marks who leaves today: for certain when under-staked at yesterday's leave block and still below
     * {@code min}, otherwise with {@code probability} (a uniform is drawn only then). Returns whether anyone leaves.
     */
    private static boolean markLeaving(List<? extends Participant> list, double min, double probability,
                                       Samplers r) {
        boolean any = false;
        for (int i = 0; i < list.size(); i++) {
            Participant x = list.get(i);
            boolean forced = x.isUnderstaked() && x.stakedPokt() < min;
            x.markLeaving(forced || r.uniform() < probability);
            any |= x.isLeaving();
        }
        return any;
    }
}
