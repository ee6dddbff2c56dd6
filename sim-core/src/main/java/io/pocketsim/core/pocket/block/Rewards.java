package io.pocketsim.core.pocket.block;

import io.pocketsim.core.pocket.parameters.Correction;
import io.pocketsim.core.pocket.parameters.PocketRunParameters;
import io.pocketsim.core.pocket.state.Dao;
import io.pocketsim.core.pocket.state.PocketState;
import io.pocketsim.core.pocket.state.RelayLog;
import io.pocketsim.core.pocket.state.Service;
import io.pocketsim.core.pocket.state.Servicer;
import io.pocketsim.core.pocket.state.Validator;
import io.pocketsim.core.pocket.support.IdMarks;
import io.pocketsim.core.pocket.support.PyMath;
import io.pocketsim.core.pocket.support.Scratch;

/**
 * Block 8 ({@code block_and_fee_rewards_block}): block rewards minted per relay-log bucket and distributed, then
 * transaction fees (model-spec.md §4.8).
 */
public final class Rewards {
    /** Stake per reward bin, uPOKT. */
    static final double STAKE_BIN = 15000000000.0;

    private Rewards() {
    }

    /** block_reward_ac, then the revenue expectations' update. */
    public static void blockReward(PocketRunParameters p, PocketState s) {
        int nServicers = s.servicerCount();
        Scratch scratch = s.workspace(Scratch.class, Scratch::new);
        // nothing below changes a servicer's stake, links or jailing, so their derived values are fixed for the
        // whole block: computed once per servicer rather than once per payment
        RewardIndex index = s.workspace(RewardIndex.class, RewardIndex::new);
        index.build(s);
        double rttm = s.relaysToTokensMultiplier();
        double servicerShare = 1 - p.blockProposerAllocation() - p.daoAllocation();
        boolean binPayment = p.corrected(Correction.STAKE_BIN_PAYMENT);
        Validator validator = s.validators().get(0);
        Dao dao = s.dao();
        // the candidates of one payment, in a plain array: no list bookkeeping in the block's innermost loops
        Servicer[] cands = scratch.payees(nServicers);
        Servicer[] free = null;
        int nFree = -1;
        RelayLog log = s.relayLog();
        for (int e = 0; e < log.size(); e++) {
            Service service = log.service(e);
            int zone = log.zone(e);
            double reward = PyMath.trunc(log.relays(e) * rttm);
            double servicerPart = reward * servicerShare;
            double validatorPart = reward * p.blockProposerAllocation();
            double daoPart = reward * p.daoAllocation();
            s.mint(reward);
            // assign_servicer_salary_policy: linked, non-jailed servicers of the zone, else every non-jailed one
            int nLinked = service.servicerCount();
            if (nLinked > cands.length) {
                cands = scratch.payees(nLinked);
            }
            int m = 0;
            for (int j = 0; j < nLinked; j++) {
                Servicer sv = service.servicer(j);
                if (sv.geoZone() == zone && !sv.isJailed()) {
                    cands[m++] = sv;
                }
            }
            Servicer[] payees = cands;
            if (m == 0) {
                // every non-jailed servicer: the same list all block long, so it is gathered once
                if (nFree < 0) {
                    free = scratch.freePayees(nServicers);
                    nFree = 0;
                    for (int j = 0; j < nServicers; j++) {
                        if (!s.servicer(j).isJailed()) {
                            free[nFree++] = s.servicer(j);
                        }
                    }
                }
                payees = free;
                m = nFree;
            }
            // the original divides by zero when every servicer is jailed; here the servicer part stays unpaid
            if (m > 0) {
                distribute(s, scratch, index, service, servicerPart, payees, m, binPayment);
            }
            validator.receive(validatorPart);
            dao.receive(daoPart);
        }
        updateRevenueExpectations(p, s);
    }

    private static void distribute(PocketState s, Scratch scratch, RewardIndex index, Service service,
                                   double servicerPart, Servicer[] cands, int m, boolean binPayment) {
        double[] bins = scratch.bins(m);
        int[] rows = scratch.rows(m);
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
                int idx = slot >= 0 ? index.linkIndex(row, slot) : sv.services().indexOf(service);
                if (idx >= 0) {
                    index.credit(row, idx, PyMath.trunc(per * bins[j]));
                }
            }
            // quirk kept (§9.4): the payment ignores the stake bin unless STAKE_BIN_PAYMENT is on
            double pay = binPayment ? per * bins[j] : per;
            double qos = sv.qos();
            double paid = pay * qos;
            double burned = pay * (1 - qos);
            sv.earn(paid);
            s.burn(burned);
        }
    }

    /**
     * update_revenue_expectations: EWMA over the currently linked services; unlinked ones are dropped. Reads the
     * earnings of today's {@link #blockReward}.
     */
    static void updateRevenueExpectations(PocketRunParameters p, PocketState s) {
        double lambda = p.lambdaEwmRevenueExpectation();
        RewardIndex index = s.workspace(RewardIndex.class, RewardIndex::new);
        Scratch scratch = s.workspace(Scratch.class, Scratch::new);
        IdMarks positions = scratch.serviceMarks();
        for (int i = 0; i < s.servicerCount(); i++) {
            Servicer sv = s.servicer(i);
            int n = sv.serviceCount();
            // the new expectations are built in the spare pair of arrays, which then trade places with the
            // servicer's: nothing is copied
            Service[] nextKeys = scratch.expectationServices(n);
            double[] nextValues = scratch.expectationValues(n);
            // each expectation's service is marked with its position, backwards so that the first of equal keys
            // wins, as a search from the front would find it: one pass instead of a search per linked service
            positions.newScan();
            for (int k = sv.revenueExpectationCount() - 1; k >= 0; k--) {
                positions.mark(sv.revenueExpectationService(k).id(), k);
            }
            for (int j = 0; j < n; j++) {
                Service service = sv.service(j);
                // the servicer's row is its position i in today's list
                double v = index.earning(i, j);
                int id = service.id();
                double old = positions.isMarked(id) ? sv.revenueExpectation(positions.value(id)) : Double.NaN;
                nextKeys[j] = service;
                nextValues[j] = Double.isNaN(old) ? v : lambda * old + (1 - lambda) * v;
            }
            sv.tradeRevenueExpectations(nextKeys, nextValues, n, scratch);
        }
    }

    /**
     * fee_reward_ac: transaction fees appear from nowhere (quirk §9.3), nothing minted or burned, unless
     * TRANSACTION_FEE_MINT accounts for them as minted tokens.
     */
    public static void feeReward(PocketRunParameters p, PocketState s) {
        double fees = s.nTransactions() * p.transactionFee();
        s.validators().get(0).receive(fees * p.validatorFeePercentage());
        s.dao().receive(fees * p.daoFeePercentage());
        if (p.corrected(Correction.TRANSACTION_FEE_MINT)) {
            s.mint(fees);
        }
    }

    /** {@code max(1, min(stakedPokt // STAKE_BIN, 4))}. */
    static double stakeBin(Servicer sv) {
        return Math.max(1, Math.min(PyMath.floorDiv(sv.stakedPokt(), STAKE_BIN), 4));
    }
}
