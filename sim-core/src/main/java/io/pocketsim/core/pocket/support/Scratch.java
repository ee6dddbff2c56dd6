package io.pocketsim.core.pocket.support;

import io.pocketsim.core.pocket.state.Service;
import io.pocketsim.core.pocket.state.Servicer;
import java.util.ArrayList;
import java.util.Arrays;

/**
 * Reusable buffers of one run's blocks, so the hot loops allocate nothing; kept in the state's workspace. Never read
 * across days.
 */
public final class Scratch implements Servicer.SpareExpectations {
    private Servicer[] payees = new Servicer[32];
    private Servicer[] freePayees = new Servicer[32];
    private Service[] services = new Service[16];
    private double[] bins = new double[32];
    private int[] stamps = new int[32];
    private int[] rows = new int[32];
    private Service[] expectationServices = new Service[16];
    private double[] expectationValues = new double[16];
    private final ArrayList<Object> proposals = new ArrayList<>(32);
    private final IdMarks serviceMarks = new IdMarks();

    /** The linking blocks' proposal list (cleared by its user). */
    public ArrayList<Object> proposals() {
        return proposals;
    }

    /** Marks on services by id, shared by the scans of service linking and of the revenue-expectation update. */
    public IdMarks serviceMarks() {
        return serviceMarks;
    }

    /** The revenue-expectation update's new keys of one servicer. */
    public Service[] expectationServices(int n) {
        return expectationServices = fit(expectationServices, n);
    }

    /** The index rows of one reward payment's payees. */
    public int[] rows(int n) {
        return rows = fit(rows, n);
    }

    /** Stamps by position, all 0 (a user's stamps start at 1): the linking scan's "linked to this servicer". */
    public int[] stamps(int n) {
        stamps = fit(stamps, n);
        Arrays.fill(stamps, 0, n, 0);
        return stamps;
    }

    /** Takes a servicer's former expectation arrays as the spare pair for the next servicer. */
    @Override
    public void spareExpectations(Service[] services, double[] values) {
        expectationServices = services;
        expectationValues = values;
    }

    /** The revenue-expectation update's new values of one servicer. */
    public double[] expectationValues(int n) {
        return expectationValues = fit(expectationValues, n);
    }

    /** The payees of one reward payment. */
    public Servicer[] payees(int n) {
        return payees = fit(payees, n);
    }

    /** The reward block's fallback payees (every non-jailed servicer). */
    public Servicer[] freePayees(int n) {
        return freePayees = fit(freePayees, n);
    }

    /** A scenario event's pool of services. */
    public Service[] services(int n) {
        return services = fit(services, n);
    }

    /** The stake bins of one reward payment. */
    public double[] bins(int n) {
        return bins = fit(bins, n);
    }

    // grown to at least n (at least doubling, so that repeated growth stays cheap); the contents do not matter
    private static <T> T[] fit(T[] a, int n) {
        return a.length >= n ? a : Arrays.copyOf(a, Math.max(n, a.length * 2));
    }

    private static int[] fit(int[] a, int n) {
        return a.length >= n ? a : new int[Math.max(n, a.length * 2)];
    }

    private static double[] fit(double[] a, int n) {
        return a.length >= n ? a : new double[Math.max(n, a.length * 2)];
    }
}
