package io.pocketsim.core.pocket.block;

import io.pocketsim.core.pocket.state.PocketState;
import io.pocketsim.core.pocket.state.Service;
import io.pocketsim.core.pocket.state.Servicer;
import java.util.Arrays;

/**
 * Block 8 ({@code block_and_fee_rewards_block}): the reward block's lookups of one day (model-spec.md §4.8), kept in
 * the state's workspace, so that a payment finds what it needs without a search: each listed service's position in
 * today's service list (its slot), and per listed servicer (its row: its position in today's servicer list) its
 * stake bin, the index of each slot's service among its links, and its earnings per link. Rebuilt at the start of
 * every reward block; a servicer or service no longer listed has no row or slot.
 */
final class RewardIndex {
    // today's services by slot (a plain array: no list checks in the lookups)
    private Service[] listed = new Service[16];
    // by service id: its slot when last indexed (checked against the list: a departed service keeps a stale one)
    private int[] slotByService = new int[0];
    // by servicer id: its row today, -1 when not listed; the ids given rows today, to clear them tomorrow
    private int[] rowById = new int[0];
    private int[] rowIds = new int[16];
    private int rows;
    // by row
    private double[] stakeBin = new double[16];
    // [row * slots + slot]
    private int[] linkBySlot = new int[256];
    private int slots;
    // [row * linkStride + link]
    private double[] earnings = new double[256];
    private int linkStride;

    /** Indexes today's services and servicers: rows, stake bins, link indexes, and zero earnings. */
    void build(PocketState s) {
        for (int i = 0; i < rows; i++) {
            rowById[rowIds[i]] = -1;
        }
        Arrays.fill(listed, 0, slots, null);
        slots = s.serviceCount();
        if (listed.length < slots) {
            listed = new Service[Math.max(slots, listed.length * 2)];
        }
        for (int i = 0; i < slots; i++) {
            listed[i] = s.service(i);
            int id = listed[i].id();
            if (id >= slotByService.length) {
                slotByService = grown(slotByService, id + 1);
            }
            slotByService[id] = i;
        }
        rows = s.servicerCount();
        linkStride = 0;
        for (int r = 0; r < rows; r++) {
            linkStride = Math.max(linkStride, s.servicer(r).serviceCount());
        }
        if (rowIds.length < rows) {
            int len = Math.max(rows, rowIds.length * 2);
            rowIds = new int[len];
            stakeBin = new double[len];
        }
        linkBySlot = atLeast(linkBySlot, rows * slots);
        earnings = atLeast(earnings, rows * linkStride);
        Arrays.fill(earnings, 0, rows * linkStride, 0.0);
        for (int r = 0; r < rows; r++) {
            Servicer sv = s.servicer(r);
            int id = sv.id();
            if (id >= rowById.length) {
                rowById = grown(rowById, id + 1);
            }
            rowById[id] = r;
            rowIds[r] = id;
            stakeBin[r] = Rewards.stakeBin(sv);
            indexLinks(sv, r);
        }
    }

    /** A servicer's row today, or -1 when it is not listed today. */
    int rowOf(Servicer sv) {
        int id = sv.id();
        return id < rowById.length ? rowById[id] : -1;
    }

    /** The stake bin of a row, fixed while the block pays: nothing in it changes a stake. */
    double stakeBin(int row) {
        return stakeBin[row];
    }

    /** The first index of the service in {@code slot} among the links of the servicer in {@code row}, or -1. */
    int linkIndex(int row, int slot) {
        return linkBySlot[row * slots + slot];
    }

    /** Adds to the earnings of a row's link. */
    void credit(int row, int link, double amount) {
        earnings[row * linkStride + link] += amount;
    }

    /** Today's earnings of a row's link. */
    double earning(int row, int link) {
        return earnings[row * linkStride + link];
    }

    /** A service's slot today, or -1 when it is not listed (a departed service keeps a stale one). */
    int slotOf(Service service) {
        int id = service.id();
        int slot = id < slotByService.length ? slotByService[id] : -1;
        return slot >= 0 && slot < slots && listed[slot] == service ? slot : -1;
    }

    private void indexLinks(Servicer sv, int row) {
        int base = row * slots;
        Arrays.fill(linkBySlot, base, base + slots, -1);
        // backwards, so that the first of duplicate links wins, as a search from the front would find it
        for (int j = sv.serviceCount() - 1; j >= 0; j--) {
            int slot = slotOf(sv.service(j));
            if (slot >= 0) {
                linkBySlot[base + slot] = j;
            }
        }
    }

    private static int[] atLeast(int[] a, int n) {
        return a.length >= n ? a : new int[Math.max(n, a.length * 2)];
    }

    private static double[] atLeast(double[] a, int n) {
        return a.length >= n ? a : new double[Math.max(n, a.length * 2)];
    }

    // at least doubled, new slots -1
    private static int[] grown(int[] a, int n) {
        int[] b = Arrays.copyOf(a, Math.max(n, a.length * 2));
        Arrays.fill(b, a.length, b.length, -1);
        return b;
    }
}
