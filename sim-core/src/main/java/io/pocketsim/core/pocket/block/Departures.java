package io.pocketsim.core.pocket.block;

import io.pocketsim.core.pocket.state.Application;
import io.pocketsim.core.pocket.state.Gateway;
import io.pocketsim.core.pocket.state.Links;
import io.pocketsim.core.pocket.state.Participant;
import io.pocketsim.core.pocket.state.PocketState;
import io.pocketsim.core.pocket.state.Service;
import io.pocketsim.core.pocket.state.Servicer;
import io.pocketsim.core.pocket.parameters.Correction;
import io.pocketsim.core.pocket.parameters.PocketRunParameters;
import io.pocketsim.core.pocket.support.Samplers;
import java.util.ArrayList;

/**
 * Block 10 ({@code leave_block}): departures (model-spec.md §4.10). Servicers, gateways and applications leave for certain when they were
 * under-staked at yesterday's leave block and still are, otherwise with their leave probability (drawn only then);
 * services leave with their probability. The new under-staked lists are built after the removals.
 */
public final class Departures {
    private Departures() {
    }

    public static void servicers(PocketRunParameters p, PocketState s, Samplers r) {
        double min = p.minimumStakeServicer();
        double probability = p.servicerLeaveProbability();
        ArrayList<Servicer> list = s.servicers;
        if (markLeaving(list, min, probability, r)) {
            for (int i = 0; i < list.size(); i++) {
                Servicer sv = list.get(i);
                if (sv.leaving) {
                    // stake and holdings leave with it, unburned (quirk §9.3)
                    Links.unlinkAll(sv);
                }
            }
            list.removeIf(sv -> sv.leaving);
        }
        relistUnderstaked(list, s.understakedServicers, min);
    }

    public static void services(PocketRunParameters p, PocketState s, Samplers r) {
        double probability = p.serviceLeaveProbability();
        ArrayList<Service> list = s.services;
        boolean any = false;
        for (int i = 0; i < list.size(); i++) {
            Service service = list.get(i);
            service.leaving = r.uniform() < probability;
            any |= service.leaving;
        }
        if (!any) {
            return;
        }
        for (int i = 0; i < list.size(); i++) {
            Service service = list.get(i);
            if (service.leaving) {
                Links.unlinkAll(service);
            }
        }
        list.removeIf(service -> service.leaving);
    }

    public static void gateways(PocketRunParameters p, PocketState s, Samplers r) {
        double min = p.gatewayMinimumStake();
        double probability = p.gatewayLeaveProbability();
        boolean releaseAll = p.corrected(Correction.GATEWAY_DEPARTURE_RELEASES_ALL);
        ArrayList<Gateway> list = s.gateways;
        if (markLeaving(list, min, probability, r)) {
            for (int i = 0; i < list.size(); i++) {
                Gateway g = list.get(i);
                if (g.leaving) {
                    release(g, releaseAll);
                    g.departed = true;
                }
            }
            list.removeIf(g -> g.leaving);
        }
        relistUnderstaked(list, s.understakedGateways, min);
    }

    /**
     * Releases a departing gateway's delegators. The original removes from the list it iterates, so it visits
     * positions 0, 2, 4, ... of the original list and the others keep pointing at the departed gateway (quirk
     * §9.13), and stay in its delegator list.
     */
    public static void release(Gateway g, boolean releaseAll) {
        ArrayList<Application> d = g.delegators;
        if (releaseAll) {
            for (int i = 0; i < d.size(); i++) {
                d.get(i).delegate = null;
            }
            d.clear();
            return;
        }
        int kept = 0;
        for (int i = 0; i < d.size(); i++) {
            Application a = d.get(i);
            if (i % 2 == 0) {
                a.delegate = null;
            } else {
                d.set(kept++, a);
            }
        }
        while (d.size() > kept) {
            d.remove(d.size() - 1);
        }
    }

    public static void applications(PocketRunParameters p, PocketState s, Samplers r) {
        double min = p.minimumApplicationStake();
        double probability = p.applicationLeaveProbability();
        ArrayList<Application> list = s.applications;
        if (markLeaving(list, min, probability, r)) {
            for (int i = 0; i < list.size(); i++) {
                Application a = list.get(i);
                if (a.leaving && a.delegate != null) {
                    Links.undelegate(a);
                }
            }
            list.removeIf(a -> a.leaving);
        }
        relistUnderstaked(list, s.understakedApplications, min);
    }

    /**
     * Marks who leaves today: for certain when under-staked at yesterday's leave block and still below
     * {@code min}, otherwise with {@code probability} (a uniform is drawn only then). Returns whether anyone leaves.
     */
    private static boolean markLeaving(ArrayList<? extends Participant> list, double min, double probability,
                                       Samplers r) {
        boolean any = false;
        for (int i = 0; i < list.size(); i++) {
            Participant x = list.get(i);
            boolean forced = x.understaked && x.stakedPokt < min;
            x.leaving = forced || r.uniform() < probability;
            any |= x.leaving;
        }
        return any;
    }

    /** Rebuilds the under-staked list from those who stayed: everyone now below {@code min}, in list order. */
    private static <T extends Participant> void relistUnderstaked(ArrayList<T> stayed, ArrayList<T> understaked,
                                                                  double min) {
        for (int i = 0; i < understaked.size(); i++) {
            understaked.get(i).understaked = false;
        }
        understaked.clear();
        for (int i = 0; i < stayed.size(); i++) {
            T x = stayed.get(i);
            if (x.stakedPokt < min) {
                x.understaked = true;
                understaked.add(x);
            }
        }
    }
}
