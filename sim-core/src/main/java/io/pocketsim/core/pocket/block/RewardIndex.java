package io.pocketsim.core.pocket.block;

import io.pocketsim.core.pocket.state.Service;
import io.pocketsim.core.pocket.state.Servicer;
import java.util.Arrays;
import java.util.List;

/**
 * Block 8 ({@code block_and_fee_rewards_block}): the reward block's per-run lookups (model-spec.md §4.8), kept in
 * the state's workspace, so that a payment finds what it needs without a search:
 * each listed service's position in today's service list, and per listed servicer a {@link Row} with its stake bin,
 * the index of each listed service among its links, and its earnings per link. Rebuilt at the start of every reward
 * block; a servicer or service no longer listed keeps a stale row or position, which {@link #row} and
 * {@link #slotOf} detect.
 */
final class RewardIndex {
    /** One servicer's lookups of one reward block. */
    static final class Row {
        private long builtAt = Long.MIN_VALUE;
        /** The stake bin, fixed while the block pays: nothing in it changes a stake. */
        double stakeBin;
        /** By service slot: the first index of that service among the servicer's links, or -1. */
        int[] linkBySlot = new int[16];
        /** Today's earnings, aligned with the servicer's links. */
        double[] earnings = new double[16];
    }

    // today's service list, as given to the last build
    private List<Service> services = List.of();
    private long height = Long.MIN_VALUE;
    // by service id: its position in the service list when last indexed
    private int[] slotByService = new int[0];
    // by servicer id
    private Row[] rows = new Row[0];
    // the rows of one payment's payees
    private Row[] payeeRows = new Row[32];

    /**
     * Indexes today's services, then each listed servicer with its stake bin; zeroes every listed servicer's
     * earnings.
     */
    void build(long today, List<Service> services, List<Servicer> servicers) {
        this.services = services;
        height = today;
        int nServices = services.size();
        for (int i = 0; i < nServices; i++) {
            int id = services.get(i).id();
            if (id >= slotByService.length) {
                int old = slotByService.length;
                slotByService = Arrays.copyOf(slotByService, Math.max(id + 1, old * 2));
                Arrays.fill(slotByService, old, slotByService.length, -1);
            }
            slotByService[id] = i;
        }
        for (int i = 0; i < servicers.size(); i++) {
            Servicer sv = servicers.get(i);
            int id = sv.id();
            if (id >= rows.length) {
                rows = Arrays.copyOf(rows, Math.max(id + 1, rows.length * 2));
            }
            Row row = rows[id];
            if (row == null) {
                row = new Row();
                rows[id] = row;
            }
            int links = sv.serviceCount();
            if (row.earnings.length < links) {
                row.earnings = new double[Math.max(links, row.earnings.length * 2)];
            } else {
                Arrays.fill(row.earnings, 0, links, 0.0);
            }
            row.stakeBin = Rewards.stakeBin(sv);
            indexLinks(sv, row, nServices);
            row.builtAt = today;
        }
    }

    /** A servicer's row of today, or null when it is not listed today. */
    Row row(Servicer sv) {
        int id = sv.id();
        Row row = id < rows.length ? rows[id] : null;
        return row != null && row.builtAt == height ? row : null;
    }

    /** A buffer for the rows of one payment's {@code n} payees. */
    Row[] payeeRows(int n) {
        if (payeeRows.length < n) {
            payeeRows = new Row[Math.max(n, payeeRows.length * 2)];
        }
        return payeeRows;
    }

    /** A service's position in today's list, or -1 when it is not listed (a departed service keeps a stale one). */
    int slotOf(Service service) {
        int id = service.id();
        int slot = id < slotByService.length ? slotByService[id] : -1;
        return slot >= 0 && slot < services.size() && services.get(slot) == service ? slot : -1;
    }

    private void indexLinks(Servicer sv, Row row, int nServices) {
        if (row.linkBySlot.length < nServices) {
            row.linkBySlot = new int[Math.max(nServices, row.linkBySlot.length * 2)];
        }
        int[] bySlot = row.linkBySlot;
        Arrays.fill(bySlot, 0, nServices, -1);
        // backwards, so that the first of duplicate links wins, as a search from the front would find it
        for (int j = sv.serviceCount() - 1; j >= 0; j--) {
            int slot = slotOf(sv.service(j));
            if (slot >= 0) {
                bySlot[slot] = j;
            }
        }
    }
}
