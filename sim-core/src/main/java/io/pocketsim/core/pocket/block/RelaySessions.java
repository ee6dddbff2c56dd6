package io.pocketsim.core.pocket.block;

import io.pocketsim.core.pocket.state.Application;
import io.pocketsim.core.pocket.state.Gateway;
import io.pocketsim.core.pocket.state.PocketState;
import io.pocketsim.core.pocket.state.RelayLog;
import io.pocketsim.core.pocket.state.Service;
import io.pocketsim.core.pocket.state.Servicer;
import io.pocketsim.core.pocket.parameters.Correction;
import io.pocketsim.core.pocket.parameters.PocketRunParameters;
import io.pocketsim.core.pocket.support.PyMath;
import io.pocketsim.core.pocket.support.Samplers;
import io.pocketsim.core.pocket.support.Scratch;
import java.util.List;

/**
 * Block 6 ({@code relay_requests_block}): relay sessions (model-spec.md §4.6).
 * {@code average_session_per_application × #applications} sessions per day, each: a uniform application, {@code int(Gamma(k, θ))} relays, uniform servicers without replacement and
 * a uniform service (independent of links), relay multiplier, token-bucket cap and fee cap, the modulo-to-first
 * work split, shut-down servicers' relays lost, and the fee for the full session taken from stake.
 *
 * <p>Relay counts stay integer-valued doubles (or exact dyadic multiples), so the logs' sums equal the processed
 * relays exactly, as the original asserts.
 */
public final class RelaySessions {
    private RelaySessions() {
    }

    /** submit_relay_requests_policy and servicer_relay_policy: the day's sessions, logs, fees and relay totals. */
    public static void run(PocketRunParameters p, PocketState s, Samplers r) {
        RelayLog log = s.relayLog();
        log.reset(s.servicers());
        List<Application> apps = s.applications();
        List<Servicer> servicers = s.servicers();
        List<Service> services = s.services();
        Scratch scratch = s.workspace(Scratch.class, Scratch::new);
        int nApps = apps.size();
        long sessions = (long) (p.averageSessionPerApplication() * nApps);
        boolean gamma = "basic_gamma".equals(p.submitRelayRequestsFunction());
        boolean v1 = "V1".equals(p.submitRelayRequestsPolicyFunction());
        boolean burnFees = p.corrected(Correction.RELAY_FEE_BURN);
        boolean servedOnly = p.corrected(Correction.FEES_FOR_SERVED_RELAYS_ONLY);
        double bucket = p.sessionTokenBucketCoefficient();
        double gfpr = s.gatewayFeePerRelay();
        double afpr = s.applicationFeePerRelay();
        int nServicers = servicers.size();
        // random.sample's partial shuffle runs on the servicers themselves (not on indices into the list): one
        // indirection less per pick, and the first k entries are the sample, so nothing is copied
        Servicer[] pool = scratch.pool(Math.max(nServicers, 1));
        for (int i = 0; i < nServicers; i++) {
            pool[i] = servicers.get(i);
        }
        double total = 0;
        double processed = 0;
        for (long session = 0; session < sessions; session++) {
            Application app = apps.get(r.index(nApps));
            double n = gamma ? PyMath.trunc(r.gamma()) : 10;
            int k;
            Service service;
            Servicer[] sampled;
            if (v1) {
                // random.sample over all servicers, jailed and shut-down ones included
                k = Math.min(app.numberOfServices(), nServicers);
                r.sampleInPlace(pool, nServicers, k);
                sampled = pool;
                service = services.isEmpty() ? null : services.get(r.index(services.size()));
                if (service != null && service.hasRelayMultiplier()) {
                    n = n * service.relayMultiplier();
                }
                n = Math.max(Math.min(n, PyMath.trunc(app.stakedPokt() * bucket)), 0);
                Gateway delegate = app.delegate();
                n = delegate != null
                        ? PyMath.capByFloorDiv(n, delegate.stakedPokt(), gfpr)
                        : PyMath.capByFloorDiv(n, app.stakedPokt(), afpr);
            } else {
                // "test": sample among non-jailed servicers, 10 relays, no caps
                sampled = scratch.unjailed(nServicers);
                k = sampleUnjailed(servicers, app, sampled, r);
                service = services.isEmpty() ? null : services.get(r.index(services.size()));
                n = 10;
            }
            total += n;
            // the original raises when no servicer or no service exists; here such a session serves nothing
            if (n == 0 || service == null || k == 0 || service.isShutdown()) {
                continue;
            }
            // servicer_relay_policy: the work split and the relay logs. Written out here rather than as a method,
            // which would be too big for the JIT to inline into this loop; the call cost about 6% of a run
            int slot = log.entry(service, app.geoZone());
            log.add(slot, n);
            // with one servicer, n // 1 + n % 1 is n itself for every finite n > 0 (exact, see PyMathTest), and the
            // split is never used
            boolean whole = k == 1 && n > 0 && n < Double.POSITIVE_INFINITY;
            double split = whole ? n : PyMath.floorDivByCount(n, k);
            double first = whole ? n : split + PyMath.mod(n, k, split);
            double bad = 0;
            for (int j = 0; j < k; j++) {
                Servicer sv = sampled[j];
                double amount = j == 0 ? first : split;
                if (sv.isShutDown()) {
                    log.take(slot, amount);
                    bad += amount;
                } else {
                    log.addServicer(sv, amount);
                }
            }
            double served = n - bad;
            pay(s, app, n, served, gfpr, afpr, burnFees, servedOnly);
            processed += served;
        }
        s.setRelays(total, processed);
    }

    /**
     * The "test" policy's sample: {@code random.sample} of the non-jailed servicers, left in {@code free[0, k)};
     * returns its size {@code k}.
     */
    private static int sampleUnjailed(List<Servicer> servicers, Application app, Servicer[] free, Samplers r) {
        int m = 0;
        for (int i = 0; i < servicers.size(); i++) {
            if (!servicers.get(i).isJailed()) {
                free[m++] = servicers.get(i);
            }
        }
        int k = Math.min(app.numberOfServices(), m);
        r.sampleInPlace(free, m, k);
        return k;
    }

    /**
     * The payment of a session of {@code n} requested and {@code served} processed relays. The requester pays for all
     * {@code n} relays, or with {@code servedOnly} ({@link Correction#FEES_FOR_SERVED_RELAYS_ONLY}) for the served
     * ones only.
     */
    private static void pay(PocketState s, Application app, double n, double served, double gfpr, double afpr,
                            boolean burnFees, boolean servedOnly) {
        Gateway payer = app.delegate();
        double billed = servedOnly ? served : n;
        double charge = payer != null ? billed * gfpr : billed * afpr;
        // the requester pays for all n relays, bad ones included (quirk §9.2, unless FEES_FOR_SERVED_RELAYS_ONLY),
        // from stake; the fee is neither burned nor paid to anyone (quirk §9.1) unless RELAY_FEE_BURN is on
        if (payer != null) {
            payer.charge(charge, served);
        } else {
            app.charge(charge);
        }
        if (burnFees) {
            s.burn(charge);
        }
    }
}
