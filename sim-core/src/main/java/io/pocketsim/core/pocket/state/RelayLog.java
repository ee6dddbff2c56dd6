package io.pocketsim.core.pocket.state;

import java.util.Arrays;
import java.util.List;

/**
 * Today's relay logs (model-spec.md §2.1): {@code relay_log} {(Service, zone): relays} and
 * {@code servicer_relay_log} {Servicer: relays}, both in insertion order, written by the relay block and read by the
 * reward block and the recorder. Absent (the original's None) before the first relay block.
 *
 * <p>The lookups from a service and zone, and from a servicer, to their entries are tables indexed by the entities'
 * per-run ids, owned here: the entities carry no log bookkeeping. The mutators ({@link #reset}, {@link #entry},
 * {@link #add}, {@link #take}, {@link #addServicer}) are the relay block's; observers only read.
 */
public final class RelayLog {
    private final int zones;
    private boolean present;

    private Service[] service = new Service[64];
    private int[] zone = new int[64];
    private double[] relays = new double[64];
    private int count;
    // entry of (service id, zone) at [id * zones + zone], -1 when absent today
    private int[] entryByServiceZone = new int[0];

    private Servicer[] servicer = new Servicer[64];
    private int servicerCount;
    // a servicer's relays today at [servicer id], accumulated in place (no entry lookup per relay split); ABSENT
    // when it has no entry today
    private double[] relaysByServicer = new double[0];
    private static final double ABSENT = -1;

    RelayLog(int zones) {
        this.zones = zones;
    }

    /** Whether the logs exist (the original's logs are None before the first relay block). */
    public boolean isPresent() {
        return present;
    }

    /** Number of (service, zone) entries in today's relay log. */
    public int size() {
        return count;
    }

    /** The service of the i-th relay-log entry (insertion order). */
    public Service service(int i) {
        return service[i];
    }

    /** The zone of the i-th relay-log entry. */
    public int zone(int i) {
        return zone[i];
    }

    /** The relays of the i-th relay-log entry. */
    public double relays(int i) {
        return relays[i];
    }

    /** Number of entries in today's servicer relay log. */
    public int servicerSize() {
        return servicerCount;
    }

    /** The servicer of the i-th servicer-relay-log entry (may have departed since). */
    public Servicer servicer(int i) {
        return servicer[i];
    }

    /** The relays of the i-th servicer-relay-log entry. */
    public double servicerRelays(int i) {
        return relaysByServicer[servicer[i].id()];
    }

    /** A servicer's relays today, or {@code NaN} when it has no entry. */
    public double relaysOf(Servicer sv) {
        int id = sv.id();
        double r = id < relaysByServicer.length ? relaysByServicer[id] : ABSENT;
        return r == ABSENT ? Double.NaN : r;
    }

    /** Copies the servicer log's relays, in entry order, into {@code into[0, servicerSize())}. */
    public void copyServicerRelays(double[] into) {
        for (int i = 0; i < servicerCount; i++) {
            into[i] = relaysByServicer[servicer[i].id()];
        }
    }

    /** Starts today's logs, empty and present, for the given servicers (any of them may be added today). */
    public void reset(List<Servicer> servicers) {
        for (int i = 0; i < count; i++) {
            entryByServiceZone[service[i].id() * zones + zone[i]] = -1;
            service[i] = null;
        }
        count = 0;
        for (int i = 0; i < servicerCount; i++) {
            relaysByServicer[servicer[i].id()] = ABSENT;
            servicer[i] = null;
        }
        servicerCount = 0;
        int maxId = -1;
        for (int i = 0; i < servicers.size(); i++) {
            maxId = Math.max(maxId, servicers.get(i).id());
        }
        if (maxId >= relaysByServicer.length) {
            int old = relaysByServicer.length;
            relaysByServicer = Arrays.copyOf(relaysByServicer, Math.max(maxId + 1, old * 2));
            Arrays.fill(relaysByServicer, old, relaysByServicer.length, ABSENT);
        }
        present = true;
    }

    /** The entry of (service, zone), added with 0 relays when absent. */
    public int entry(Service s, int z) {
        int key = s.id() * zones + z;
        int[] index = entryByServiceZone;
        int e = key < index.length ? index[key] : -1;
        return e >= 0 ? e : addEntry(s, z, key);
    }

    /** Adds {@code n} relays to entry {@code e}. */
    public void add(int e, double n) {
        relays[e] += n;
    }

    /** Takes {@code n} relays back from entry {@code e} (those a shut-down servicer did not serve). */
    public void take(int e, double n) {
        relays[e] -= n;
    }

    /** Adds {@code n} relays to the entry of a servicer given to today's {@link #reset}, added first when absent. */
    public void addServicer(Servicer sv, double n) {
        int id = sv.id();
        double r = relaysByServicer[id];
        if (r == ABSENT) {
            addServicerEntry(sv);
            r = 0;
        }
        relaysByServicer[id] = r + n;
    }

    private int addEntry(Service s, int z, int key) {
        if (key >= entryByServiceZone.length) {
            entryByServiceZone = grown(entryByServiceZone, key + 1);
        }
        int e = count++;
        if (e == service.length) {
            int len = e * 2;
            service = Arrays.copyOf(service, len);
            zone = Arrays.copyOf(zone, len);
            relays = Arrays.copyOf(relays, len);
        }
        service[e] = s;
        zone[e] = z;
        relays[e] = 0;
        entryByServiceZone[key] = e;
        return e;
    }

    private void addServicerEntry(Servicer sv) {
        if (servicerCount == servicer.length) {
            servicer = Arrays.copyOf(servicer, servicerCount * 2);
        }
        servicer[servicerCount++] = sv;
    }

    // at least doubled, new slots -1 (absent)
    private static int[] grown(int[] a, int n) {
        int[] b = Arrays.copyOf(a, Math.max(n, a.length * 2));
        Arrays.fill(b, a.length, b.length, -1);
        return b;
    }
}
