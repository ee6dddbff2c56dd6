package io.pocketsim.core.pocket.block;

import io.pocketsim.core.pocket.parameters.Correction;
import io.pocketsim.core.pocket.parameters.PocketRunParameters;
import io.pocketsim.core.pocket.state.PocketState;
import io.pocketsim.core.pocket.state.Service;
import io.pocketsim.core.pocket.state.Servicer;
import io.pocketsim.core.pocket.support.Samplers;
import io.pocketsim.core.pocket.support.Scratch;
import java.util.List;

/** Block 11 ({@code events_block}): the scheduled scenario event (p_events, model-spec.md §4.11, §5.4). */
public final class ScenarioEvents {
    private ScenarioEvents() {
    }

    // the run's event (parsed once when the run's state is built), in the state's workspace
    private static final class Scheduled {
        private ScenarioEvent event;
    }

    /**
     * Schedules the run's event: parses the {@code event} parameter once, when the run's state is built.
     *
     * @throws IllegalArgumentException for an unknown event name
     */
    public static void schedule(PocketRunParameters p, PocketState s) {
        s.workspace(Scheduled.class, Scheduled::new).event = p.event() == null ? null : ScenarioEvent.of(p.event());
    }

    /** p_events: runs the scheduled event (see {@link #schedule}) on the state's current day. */
    public static void run(PocketRunParameters p, PocketState s, Samplers r) {
        // block 11 sees the current day (state.day == t after block 1)
        run(p, s, r, s.workspace(Scheduled.class, Scheduled::new).event, s.day());
    }

    /**
     * Runs an event on day {@code timestep}.
     *
     * @param event the event, or {@code null}
     */
    static void run(PocketRunParameters p, PocketState s, Samplers r, ScenarioEvent event, int timestep) {
        if (event == null) {
            return;
        }
        if (event.time() == timestep) {
            fire(p, s, r, event);
        } else if (event.type() == ScenarioEvent.Type.SERVICE_SHUTDOWN
                && event.time() + event.shutdownTime() == timestep) {
            // the reset switches every service back on
            List<Service> services = s.services();
            for (int i = 0; i < services.size(); i++) {
                services.get(i).switchOn();
            }
        }
    }

    /** Fires an event now. */
    static void fire(PocketRunParameters p, PocketState s, Samplers r, ScenarioEvent e) {
        List<Service> services = s.services();
        switch (e.type()) {
            case SERVICER_SHUTDOWN -> {
                int zone = r.index(s.geozones().size());
                List<Servicer> servicers = s.servicers();
                for (int i = 0; i < servicers.size(); i++) {
                    Servicer sv = servicers.get(i);
                    if (sv.geoZone() == zone) {
                        sv.shutDown();
                    }
                }
            }
            case SERVICE_SHUTDOWN -> {
                if (!services.isEmpty()) { // the original raises on an empty list
                    services.get(r.index(services.size())).shutDown();
                }
            }
            case SERVICE_JOIN -> {
                s.addService("ABC", s.height());
                double n = services.size();
                // every current service, the new one too (quirk §9.17)
                for (int i = 0; i < services.size(); i++) {
                    services.get(i).setRelayMultiplier(n / (n - 1));
                }
            }
            case SERVICE_RELAY_MULTIPLY -> {
                if (p.corrected(Correction.DISTINCT_MULTIPLIED_SERVICES)) {
                    multiplyDistinct(s, r, e);
                } else if (!services.isEmpty()) {
                    for (int k = 0; k < e.count(); k++) { // random.choices: with replacement (quirk §9.17)
                        services.get(r.index(services.size())).setRelayMultiplier(e.multiple());
                    }
                }
            }
            case ORACLE_SHUTDOWN -> s.setOracleShutdown(PocketState.ORACLE_SHUT_DOWN_FOREVER);
            case ORACLE_DELAY_CONSTANT -> s.setOracleShutdown(e.count());
            case ORACLE_DELAY_POISSON -> s.setOracleShutdown(r.poisson(p.oracleTreatmentTimeMean())); // 0: no freeze
            case ORACLE_DISTORTION_CONSTANT -> distort(p, s, e.count(), e);
            case ORACLE_DISTORTION_POISSON -> distort(p, s, r.poisson(p.oracleTreatmentTimeMean()), e);
            default -> throw new IllegalStateException("unhandled event type " + e.type());
        }
    }

    /** min(k, #services) distinct services, uniformly (a partial Fisher-Yates shuffle of their positions). */
    private static void multiplyDistinct(PocketState s, Samplers r, ScenarioEvent e) {
        List<Service> services = s.services();
        int n = services.size();
        Service[] pool = services.toArray(s.workspace(Scratch.class, Scratch::new).services(n));
        int k = Math.min(e.count(), n);
        r.sampleInPlace(pool, n, k);
        for (int j = 0; j < k; j++) {
            pool[j].setRelayMultiplier(e.multiple());
        }
    }

    private static void distort(PocketRunParameters p, PocketState s, int time, ScenarioEvent e) {
        if (time == 0 && p.corrected(Correction.ZERO_DURATION_DISTORTION)) {
            return;
        }
        // quirk kept (§9.16): a duration of 0 becomes -1 at the next update and the distortion never ends
        s.startDistortion(time, e.mu(), e.sigma());
    }
}
