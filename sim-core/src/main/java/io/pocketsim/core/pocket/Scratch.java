package io.pocketsim.core.pocket;

import java.util.ArrayList;

/** Reusable buffers of one run's blocks, so the hot loops allocate nothing. Never read across days. */
final class Scratch {
    int[] index = new int[64];
    Servicer[] sampled = new Servicer[16];
    Servicer[] pool = new Servicer[32];
    Servicer[] payees = new Servicer[32];
    Servicer[] freePayees = new Servicer[32];
    double[] amounts = new double[16];
    final ArrayList<Servicer> candidates = new ArrayList<>(32);
    double[] bins = new double[32];
    final ArrayList<Object> proposals = new ArrayList<>(32);

    double[] values = new double[64];
    // the last mark handed out by service linking (see Service.linkMark); only ever grows within a run
    long linkMark;
    // the last mark handed out by the revenue-expectation update (see Service.expectationMark)
    long expectationMark;

    double[] values(int n) {
        if (values.length < n) {
            values = new double[Math.max(n, values.length * 2)];
        }
        return values;
    }

    int[] index(int n) {
        if (index.length < n) {
            index = new int[Math.max(n, index.length * 2)];
        }
        return index;
    }

    Servicer[] pool(int n) {
        if (pool.length < n) {
            pool = new Servicer[Math.max(n, pool.length * 2)];
        }
        return pool;
    }

    Servicer[] payees(int n) {
        if (payees.length < n) {
            payees = new Servicer[Math.max(n, payees.length * 2)];
        }
        return payees;
    }

    Servicer[] freePayees(int n) {
        if (freePayees.length < n) {
            freePayees = new Servicer[Math.max(n, freePayees.length * 2)];
        }
        return freePayees;
    }

    Servicer[] sampled(int n) {
        if (sampled.length < n) {
            sampled = new Servicer[Math.max(n, sampled.length * 2)];
            amounts = new double[sampled.length];
        }
        return sampled;
    }

    double[] bins(int n) {
        if (bins.length < n) {
            bins = new double[Math.max(n, bins.length * 2)];
        }
        return bins;
    }
}
