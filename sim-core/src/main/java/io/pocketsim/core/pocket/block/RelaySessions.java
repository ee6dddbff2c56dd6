package io.pocketsim.core.pocket.block;

import io.pocketsim.core.pocket.parameters.Correction;
import io.pocketsim.core.pocket.parameters.PocketRunParameters;
import io.pocketsim.core.pocket.state.Application;
import io.pocketsim.core.pocket.state.Gateway;
import io.pocketsim.core.pocket.state.PocketState;
import io.pocketsim.core.pocket.state.RelayLog;
import io.pocketsim.core.pocket.support.PyMath;
import io.pocketsim.core.pocket.support.Samplers;
import java.util.Arrays;

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
        int nApps = s.applicationCount();
        int nServicers = s.servicerCount();
        int nServices = s.serviceCount();
        long sessions = (long) (p.averageSessionPerApplication() * nApps);
        boolean gamma = "basic_gamma".equals(p.submitRelayRequestsFunction());
        boolean v1 = "V1".equals(p.submitRelayRequestsPolicyFunction());
        boolean burnFees = p.corrected(Correction.RELAY_FEE_BURN);
        boolean servedOnly = p.corrected(Correction.FEES_FOR_SERVED_RELAYS_ONLY);
        double bucket = p.sessionTokenBucketCoefficient();
        double gfpr = s.gatewayFeePerRelay();
        double afpr = s.applicationFeePerRelay();
        int zones = s.geozones().size();
        Tables t = s.workspace(Tables.class, Tables::new);
        t.startDay(s, nServices * zones);
        // servicers are picked by their position in today's list: the inner loop reads and writes the day's tables
        // only, and the partial shuffle swaps ints
        int[] pool = t.pool;
        boolean[] shutDown = t.shutDown;
        double[] relaysByPosition = t.relaysByPosition;
        boolean[] logged = t.logged;
        int[] loggedOrder = t.loggedOrder;
        int nLogged = 0;
        int[] entryOf = t.entryOf;
        double[] entryRelays = t.entryRelays;
        int nEntries = 0;
        double total = 0;
        double processed = 0;
        for (long session = 0; session < sessions; session++) {
            Application app = s.application(r.index(nApps));
            double n = gamma ? PyMath.trunc(r.gamma()) : 10;
            int k;
            int si;
            int[] sampled;
            if (v1) {
                // random.sample over all servicers, jailed and shut-down ones included
                k = Math.min(app.numberOfServices(), nServicers);
                r.sampleInPlace(pool, nServicers, k);
                sampled = pool;
                si = nServices == 0 ? -1 : r.index(nServices);
                if (si >= 0 && s.service(si).hasRelayMultiplier()) {
                    n = n * s.service(si).relayMultiplier();
                }
                n = Math.max(Math.min(n, PyMath.trunc(app.stakedPokt() * bucket)), 0);
                Gateway delegate = app.delegate();
                n = delegate != null
                        ? PyMath.capByFloorDiv(n, delegate.stakedPokt(), gfpr)
                        : PyMath.capByFloorDiv(n, app.stakedPokt(), afpr);
            } else {
                // "test": sample among non-jailed servicers, 10 relays, no caps
                sampled = t.free;
                k = sampleUnjailed(s, app, sampled, r);
                si = nServices == 0 ? -1 : r.index(nServices);
                n = 10;
            }
            total += n;
            // the original raises when no servicer or no service exists; here such a session serves nothing
            if (n == 0 || si < 0 || k == 0 || s.service(si).isShutdown()) {
                continue;
            }
            // servicer_relay_policy: the work split and the relay logs. Written out here rather than as a method,
            // which would be too big for the JIT to inline into this loop; the call cost about 6% of a run
            int key = si * zones + app.geoZone();
            int e = entryOf[key];
            if (e < 0) {
                e = nEntries++;
                entryOf[key] = e;
                t.entryKey[e] = key;
                entryRelays[e] = 0;
            }
            entryRelays[e] += n;
            // with one servicer, n // 1 + n % 1 is n itself for every finite n > 0 (exact, see PyMathTest), and the
            // split is never used
            boolean whole = k == 1 && n > 0 && n < Double.POSITIVE_INFINITY;
            double split = whole ? n : PyMath.floorDivByCount(n, k);
            double first = whole ? n : split + PyMath.mod(n, k, split);
            double bad = 0;
            for (int j = 0; j < k; j++) {
                int at = sampled[j];
                double amount = j == 0 ? first : split;
                if (shutDown[at]) {
                    entryRelays[e] -= amount;
                    bad += amount;
                } else {
                    if (!logged[at]) {
                        logged[at] = true;
                        loggedOrder[nLogged++] = at;
                    }
                    relaysByPosition[at] += amount;
                }
            }
            double served = n - bad;
            pay(s, app, n, served, gfpr, afpr, burnFees, servedOnly);
            processed += served;
        }
        // the logs in insertion order, with the same sums, added in the same order, as entry-by-entry logging
        RelayLog log = s.relayLog();
        log.reset();
        for (int i = 0; i < nEntries; i++) {
            int key = t.entryKey[i];
            log.append(s.service(key / zones), key % zones, entryRelays[i]);
        }
        for (int i = 0; i < nLogged; i++) {
            int at = loggedOrder[i];
            log.appendServicer(s.servicer(at), relaysByPosition[at]);
        }
        s.setRelays(total, processed);
    }

    /**
     * The "test" policy's sample: {@code random.sample} of the positions of the non-jailed servicers, left in
     * {@code free[0, k)}; returns its size {@code k}.
     */
    private static int sampleUnjailed(PocketState s, Application app, int[] free, Samplers r) {
        int m = 0;
        for (int i = 0; i < s.servicerCount(); i++) {
            if (!s.servicer(i).isJailed()) {
                free[m++] = i;
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

    /**
     * The relay block's tables of one day, by servicer position in today's list and by (service position, zone),
     * reused across the days of a run (in the state's workspace): the per-session work touches no entity but the
     * application and the service.
     */
    static final class Tables {
        int[] pool = new int[32];
        int[] free = new int[32];
        boolean[] shutDown = new boolean[32];
        double[] relaysByPosition = new double[32];
        boolean[] logged = new boolean[32];
        int[] loggedOrder = new int[32];
        // the relay-log entry of (service position * zones + zone), -1 when absent; entries in insertion order
        int[] entryOf = new int[64];
        int[] entryKey = new int[64];
        double[] entryRelays = new double[64];

        /** Sizes and clears the tables for the state's servicers and {@code keys} (service, zone) pairs. */
        void startDay(PocketState s, int keys) {
            int n = s.servicerCount();
            if (pool.length < n) {
                int len = Math.max(n, pool.length * 2);
                pool = new int[len];
                free = new int[len];
                shutDown = new boolean[len];
                relaysByPosition = new double[len];
                logged = new boolean[len];
                loggedOrder = new int[len];
            }
            for (int i = 0; i < n; i++) {
                // the pool starts each day in list order and stays shuffled across the day's sessions
                pool[i] = i;
                shutDown[i] = s.servicer(i).isShutDown();
                relaysByPosition[i] = 0;
                logged[i] = false;
            }
            if (entryOf.length < keys) {
                int len = Math.max(keys, entryOf.length * 2);
                entryOf = new int[len];
                entryKey = new int[len];
                entryRelays = new double[len];
            }
            Arrays.fill(entryOf, 0, keys, -1);
        }
    }
}
