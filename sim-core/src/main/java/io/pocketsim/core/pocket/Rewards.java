package io.pocketsim.core.pocket;

import io.pocketsim.core.pocket.parameters.Correction;
import io.pocketsim.core.pocket.parameters.PocketRunParameters;
import io.pocketsim.core.pocket.support.PyMath;
import java.util.ArrayList;
import java.util.Arrays;

/** Block 8 ({@code block_and_fee_rewards_block}): block rewards minted per relay-log bucket and distributed, then transaction fees (§4.8). */
final class Rewards {
    /** Stake per reward bin, uPOKT. */
    static final double STAKE_BIN = 15000000000.0;

    private Rewards() {
    }

    // block_reward_ac
    static void blockReward(PocketRunParameters p, PocketState s) {
        ArrayList<Servicer> servicers = s.servicers;
        ArrayList<Service> services = s.services;
        int nServices = services.size();
        for (int i = 0; i < nServices; i++) {
            services.get(i).rewardSlot = i;
        }
        // nothing below changes a servicer's stake, links or jailing, so their derived values are fixed for the
        // whole block: computed once per servicer rather than once per payment
        for (int i = 0; i < servicers.size(); i++) {
            Servicer sv = servicers.get(i);
            Arrays.fill(sv.earnings, 0, sv.services.size(), 0.0);
            sv.stakeBin = stakeBin(sv);
            indexLinks(sv, services);
            sv.rewardIndexHeight = s.height;
        }
        double rttm = s.relaysToTokensMultiplier;
        double servicerShare = 1 - p.blockProposerAllocation() - p.daoAllocation();
        boolean binPayment = p.corrected(Correction.STAKE_BIN_PAYMENT);
        Validator validator = s.validators.get(0);
        // the candidates of one payment, in a plain array: no list bookkeeping in the block's innermost loops
        Servicer[] cands = s.scratch.payees(servicers.size());
        Servicer[] free = null;
        int nFree = -1;
        for (int e = 0; e < s.relayLogCount; e++) {
            Service service = s.relayLogService[e];
            int zone = s.relayLogZone[e];
            double reward = PyMath.trunc(s.relayLogRelays[e] * rttm);
            double servicerPart = reward * servicerShare;
            double validatorPart = reward * p.blockProposerAllocation();
            double daoPart = reward * p.daoAllocation();
            s.mint(reward);
            // assign_servicer_salary_policy: linked, non-jailed servicers of the zone, else every non-jailed one
            ArrayList<Servicer> linked = service.servicers;
            if (linked.size() > cands.length) {
                cands = s.scratch.payees(linked.size());
            }
            int m = 0;
            for (int j = 0; j < linked.size(); j++) {
                Servicer sv = linked.get(j);
                if (sv.geoZone() == zone && !sv.jailed) {
                    cands[m++] = sv;
                }
            }
            Servicer[] payees = cands;
            if (m == 0) {
                // every non-jailed servicer: the same list all block long, so it is gathered once
                if (nFree < 0) {
                    free = s.scratch.freePayees(servicers.size());
                    nFree = 0;
                    for (int j = 0; j < servicers.size(); j++) {
                        if (!servicers.get(j).jailed) {
                            free[nFree++] = servicers.get(j);
                        }
                    }
                }
                payees = free;
                m = nFree;
            }
            // the original divides by zero when every servicer is jailed; here the servicer part stays unpaid
            if (m > 0) {
                distribute(s, service, servicerPart, payees, m, binPayment);
            }
            validator.poktHoldings += validatorPart;
            s.dao.poktHoldings += daoPart;
        }
        updateRevenueExpectations(p, s);
    }

    private static void distribute(PocketState s, Service service, double servicerPart, Servicer[] cands, int m,
                                   boolean binPayment) {
        double[] bins = s.scratch.bins(m);
        double sum = 0;
        for (int j = 0; j < m; j++) {
            Servicer sv = cands[j];
            bins[j] = sv.rewardIndexHeight == s.height ? sv.stakeBin : stakeBin(sv);
            sum += bins[j];
        }
        double per = PyMath.floorDiv(servicerPart, sum);
        boolean slotted = isSlotted(s.services, service);
        for (int j = 0; j < m; j++) {
            Servicer sv = cands[j];
            int idx = slotted && sv.rewardIndexHeight == s.height ? sv.linkIndexBySlot[service.rewardSlot]
                    : indexOf(sv.services, service);
            if (idx >= 0) { // earnings from services the servicer is not linked to are never used
                sv.earnings[idx] += PyMath.trunc(per * bins[j]);
            }
            // quirk kept (§9.4): the payment ignores the stake bin unless STAKE_BIN_PAYMENT is on
            double pay = binPayment ? per * bins[j] : per;
            double paid = pay * sv.qos;
            double burned = pay * (1 - sv.qos);
            sv.poktHoldings += paid;
            sv.totalRevenues += paid;
            s.burn(burned);
        }
    }

    // update_revenue_expectations: EWMA over the currently linked services; unlinked ones are dropped
    static void updateRevenueExpectations(PocketRunParameters p, PocketState s) {
        double lambda = p.lambdaEwmRevenueExpectation();
        ArrayList<Servicer> servicers = s.servicers;
        for (int i = 0; i < servicers.size(); i++) {
            Servicer sv = servicers.get(i);
            int n = sv.services.size();
            Service[] nextKeys = sv.expServicesNext;
            double[] nextValues = sv.expValuesNext;
            // each expectation's service learns its position, backwards so that the first of equal keys wins, as
            // a search from the front would find it: one pass instead of a search per linked service
            long mark = s.scratch.nextMark();
            for (int k = sv.expCount - 1; k >= 0; k--) {
                Service service = sv.expServices[k];
                service.mark = mark;
                service.expectationIndex = k;
            }
            for (int j = 0; j < n; j++) {
                Service service = sv.services.get(j);
                double v = sv.earnings[j];
                double old = service.mark == mark ? sv.expValues[service.expectationIndex] : Double.NaN;
                nextKeys[j] = service;
                nextValues[j] = Double.isNaN(old) ? v : lambda * old + (1 - lambda) * v;
            }
            for (int k = n; k < sv.expCount; k++) {
                sv.expServices[k] = null;
            }
            sv.expServicesNext = sv.expServices;
            sv.expValuesNext = sv.expValues;
            sv.expServices = nextKeys;
            sv.expValues = nextValues;
            sv.expCount = n;
        }
    }

    // fee_reward_ac: transaction fees appear from nowhere (quirk §9.3), nothing minted or burned, unless
    // TRANSACTION_FEE_MINT accounts for them as minted tokens
    static void feeReward(PocketRunParameters p, PocketState s) {
        double fees = s.nTransactions * p.transactionFee();
        s.validators.get(0).poktHoldings += fees * p.validatorFeePercentage();
        s.dao.poktHoldings += fees * p.daoFeePercentage();
        if (p.corrected(Correction.TRANSACTION_FEE_MINT)) {
            s.mint(fees);
        }
    }

    private static double stakeBin(Servicer sv) {
        return Math.max(1, Math.min(PyMath.floorDiv(sv.stakedPokt, STAKE_BIN), 4));
    }

    /** Fills {@code sv.linkIndexBySlot}: the first index in {@code sv.services} of each listed service, or -1. */
    private static void indexLinks(Servicer sv, ArrayList<Service> services) {
        int n = services.size();
        if (sv.linkIndexBySlot.length < n) {
            sv.linkIndexBySlot = new int[Math.max(n, sv.linkIndexBySlot.length * 2)];
        }
        int[] bySlot = sv.linkIndexBySlot;
        Arrays.fill(bySlot, 0, n, -1);
        // backwards, so that the first of duplicate links wins, as indexOf would find it
        for (int j = sv.services.size() - 1; j >= 0; j--) {
            Service linked = sv.services.get(j);
            if (isSlotted(services, linked)) {
                bySlot[linked.rewardSlot] = j;
            }
        }
    }

    /** Whether a service's reward slot is valid today (a service no longer listed keeps a stale one). */
    private static boolean isSlotted(ArrayList<Service> services, Service service) {
        int slot = service.rewardSlot;
        return slot >= 0 && slot < services.size() && services.get(slot) == service;
    }

    private static int indexOf(ArrayList<Service> list, Service item) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) == item) {
                return i;
            }
        }
        return -1;
    }
}
