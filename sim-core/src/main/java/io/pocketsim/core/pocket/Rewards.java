package io.pocketsim.core.pocket;

import io.pocketsim.core.pocket.parameters.Correction;
import io.pocketsim.core.pocket.parameters.PocketRunParameters;
import io.pocketsim.core.pocket.support.IdMarks;
import io.pocketsim.core.pocket.support.PyMath;
import java.util.ArrayList;

/** Block 8 ({@code block_and_fee_rewards_block}): block rewards minted per relay-log bucket and distributed, then transaction fees (§4.8). */
final class Rewards {
    /** Stake per reward bin, uPOKT. */
    static final double STAKE_BIN = 15000000000.0;

    private Rewards() {
    }

    // block_reward_ac
    static void blockReward(PocketRunParameters p, PocketState s) {
        ArrayList<Servicer> servicers = s.servicers;
        // nothing below changes a servicer's stake, links or jailing, so their derived values are fixed for the
        // whole block: computed once per servicer rather than once per payment
        RewardIndex index = s.rewardIndex;
        index.build(servicers);
        double rttm = s.relaysToTokensMultiplier;
        double servicerShare = 1 - p.blockProposerAllocation() - p.daoAllocation();
        boolean binPayment = p.corrected(Correction.STAKE_BIN_PAYMENT);
        Validator validator = s.validators.get(0);
        // the candidates of one payment, in a plain array: no list bookkeeping in the block's innermost loops
        Servicer[] cands = s.scratch.payees(servicers.size());
        Servicer[] free = null;
        int nFree = -1;
        RelayLog log = s.relayLog;
        for (int e = 0; e < log.size(); e++) {
            Service service = log.service(e);
            int zone = log.zone(e);
            double reward = PyMath.trunc(log.relays(e) * rttm);
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
                distribute(s, index, service, servicerPart, payees, m, binPayment);
            }
            validator.poktHoldings += validatorPart;
            s.dao.poktHoldings += daoPart;
        }
        updateRevenueExpectations(p, s);
    }

    private static void distribute(PocketState s, RewardIndex index, Service service, double servicerPart,
                                   Servicer[] cands, int m, boolean binPayment) {
        double[] bins = s.scratch.bins(m);
        int[] rows = s.scratch.rows(m);
        double sum = 0;
        for (int j = 0; j < m; j++) {
            Servicer sv = cands[j];
            int row = index.rowOf(sv);
            rows[j] = row;
            bins[j] = row >= 0 ? index.stakeBin(row) : stakeBin(sv);
            sum += bins[j];
        }
        double per = PyMath.floorDiv(servicerPart, sum);
        int slot = index.slotOf(service);
        for (int j = 0; j < m; j++) {
            Servicer sv = cands[j];
            // earnings are kept for today's servicers only (nobody reads those of a servicer no longer listed), and
            // only for services they are linked to
            int row = rows[j];
            if (row >= 0) {
                int idx = slot >= 0 ? index.linkIndex(row, slot) : indexOf(sv.services, service);
                if (idx >= 0) {
                    index.credit(row, idx, PyMath.trunc(per * bins[j]));
                }
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
        RewardIndex index = s.rewardIndex;
        IdMarks positions = s.scratch.serviceMarks();
        for (int i = 0; i < servicers.size(); i++) {
            Servicer sv = servicers.get(i);
            int n = sv.services.size();
            // the new expectations are built in the spare pair of arrays, which then trade places with the
            // servicer's: nothing is copied
            Service[] nextKeys = s.scratch.expectationServices(n);
            double[] nextValues = s.scratch.expectationValues(n);
            // each expectation's service is marked with its position, backwards so that the first of equal keys
            // wins, as a search from the front would find it: one pass instead of a search per linked service
            positions.newScan();
            for (int k = sv.expCount - 1; k >= 0; k--) {
                positions.mark(sv.expServices[k].id(), k);
            }
            for (int j = 0; j < n; j++) {
                Service service = sv.services.get(j);
                // the servicer's row is its position i in today's list
                double v = index.earning(i, j);
                int id = service.id();
                double old = positions.isMarked(id) ? sv.expValues[positions.value(id)] : Double.NaN;
                nextKeys[j] = service;
                nextValues[j] = Double.isNaN(old) ? v : lambda * old + (1 - lambda) * v;
            }
            for (int k = n; k < sv.expCount; k++) {
                sv.expServices[k] = null;
            }
            s.scratch.spareExpectations(sv.expServices, sv.expValues);
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

    /** {@code max(1, min(stakedPokt // STAKE_BIN, 4))}. */
    static double stakeBin(Servicer sv) {
        return Math.max(1, Math.min(PyMath.floorDiv(sv.stakedPokt, STAKE_BIN), 4));
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
