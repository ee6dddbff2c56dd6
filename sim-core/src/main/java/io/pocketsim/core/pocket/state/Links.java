package io.pocketsim.core.pocket.state;

import java.util.ArrayList;

/**
 * The link and delegation mechanisms: both sides of every relation change together (model-spec.md §2.2). The
 * blocks' way to change relations; observers read them through the entities.
 */
public final class Links {
    private Links() {
    }

    /** Links a servicer and a service (appends on both sides). */
    public static void link(Service service, Servicer servicer) {
        service.servicers.add(servicer);
        servicer.services.add(service);
        servicer.ensureLinkCapacity(servicer.services.size());
    }

    /** Unlinks a servicer and a service (removes the first occurrence on both sides). */
    public static void unlink(Service service, Servicer servicer) {
        service.servicers.remove(servicer);
        servicer.services.remove(service);
    }

    /** Unlinks a departing servicer from all its services (each service drops its first occurrence of it). */
    public static void unlinkAll(Servicer servicer) {
        for (int j = servicer.services.size() - 1; j >= 0; j--) {
            servicer.services.get(j).servicers.remove(servicer);
        }
        servicer.services.clear();
    }

    /** Unlinks a departing service from all its servicers (each servicer drops its first occurrence of it). */
    public static void unlinkAll(Service service) {
        for (int j = service.servicers.size() - 1; j >= 0; j--) {
            service.servicers.get(j).services.remove(service);
        }
        service.servicers.clear();
    }

    /** Delegates an application to a gateway. */
    public static void delegate(Application app, Gateway gateway) {
        gateway.delegators.add(app);
        app.delegate = gateway;
    }

    /** Releases every delegator of a departing gateway. */
    public static void releaseAll(Gateway g) {
        ArrayList<Application> d = g.delegators;
        for (int i = 0; i < d.size(); i++) {
            d.get(i).delegate = null;
        }
        d.clear();
    }

    /**
     * Releases the delegators at positions 0, 2, 4, ... of a departing gateway's list; the others keep pointing at it
     * and stay in its list (what the original's removal while iterating does, quirk §9.13).
     */
    public static void releaseEveryOther(Gateway g) {
        ArrayList<Application> d = g.delegators;
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

    /** Ends an application's delegation to its gateway. */
    public static void undelegate(Application app) {
        Gateway g = app.delegate;
        app.delegate = null;
        if (g != null) {
            g.delegators.remove(app);
        }
    }
}
