package io.pocketsim.core.pocket.state;

import java.util.Arrays;

/**
 * Today's relay logs (model-spec.md §2.1): {@code relay_log} {(Service, zone): relays} and
 * {@code servicer_relay_log} {Servicer: relays}, both in insertion order; absent (the original's None) before the
 * first relay block. The relay block appends each day's entries with their totals; the reward block and the
 * recorder read them. The mutators ({@link #reset}, {@link #append}, {@link #appendServicer}) are the relay
 * block's; observers only read.
 */
public final class RelayLog {
    private boolean present;
    private Service[] service = new Service[64];
    private int[] zone = new int[64];
    private double[] relays = new double[64];
    private int count;
    private Servicer[] servicer = new Servicer[64];
    private double[] servicerRelays = new double[64];
    private int servicerCount;

    RelayLog() {
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
        return servicerRelays[i];
    }

    /** Copies the servicer log's relays, in entry order, into {@code into[0, servicerSize())}. */
    public void copyServicerRelays(double[] into) {
        System.arraycopy(servicerRelays, 0, into, 0, servicerCount);
    }

    /** Starts today's logs: empty and present. */
    public void reset() {
        Arrays.fill(service, 0, count, null);
        Arrays.fill(servicer, 0, servicerCount, null);
        count = 0;
        servicerCount = 0;
        present = true;
    }

    /** Appends the entry of (service, zone) with its relays. */
    public void append(Service s, int z, double n) {
        if (count == service.length) {
            int len = count * 2;
            service = Arrays.copyOf(service, len);
            zone = Arrays.copyOf(zone, len);
            relays = Arrays.copyOf(relays, len);
        }
        service[count] = s;
        zone[count] = z;
        relays[count] = n;
        count++;
    }

    /** Appends a servicer's entry with its relays. */
    public void appendServicer(Servicer sv, double n) {
        if (servicerCount == servicer.length) {
            int len = servicerCount * 2;
            servicer = Arrays.copyOf(servicer, len);
            servicerRelays = Arrays.copyOf(servicerRelays, len);
        }
        servicer[servicerCount] = sv;
        servicerRelays[servicerCount] = n;
        servicerCount++;
    }
}
