package io.pocketsim.core.pocket;

import java.util.ArrayList;

/** Block 8: block rewards minted per relay-log bucket and distributed, then transaction fees (§4.8). */
final class Rewards {
    /** Stake per reward bin, uPOKT. */
    static final double STAKE_BIN = 15000000000.0;

    private Rewards() {
    }

    // block_reward_ac
    static void blockReward(PocketParams p, PocketState s) {
        ArrayList<Servicer> servicers = s.servicers;
        for (int i = 0; i < servicers.size(); i++) {
            Servicer sv = servicers.get(i);
            java.util.Arrays.fill(sv.earnings, 0, sv.services.size(), 0.0);
        }
        double rttm = s.relaysToTokensMultiplier;
        double servicerShare = 1 - p.blockProposerAllocation() - p.daoAllocation();
        boolean binPayment = p.corrected(Correction.STAKE_BIN_PAYMENT);
        Validator validator = s.validators.get(0);
        ArrayList<Servicer> cands = s.scratch.candidates;
        for (int e = 0; e < s.relayLogCount; e++) {
            Service service = s.relayLogService[e];
            int zone = s.relayLogZone[e];
            double reward = PyMath.trunc(s.relayLogRelays[e] * rttm);
            double servicerPart = reward * servicerShare;
            double validatorPart = reward * p.blockProposerAllocation();
            double daoPart = reward * p.daoAllocation();
            s.floatingSupply += reward;
            s.poktMinted += reward;
            // assign_servicer_salary_policy: linked, non-jailed servicers of the zone, else every non-jailed one
            cands.clear();
            ArrayList<Servicer> linked = service.servicers;
            for (int j = 0; j < linked.size(); j++) {
                Servicer sv = linked.get(j);
                if (sv.geoZone() == zone && !sv.jailed) {
                    cands.add(sv);
                }
            }
            if (cands.isEmpty()) {
                for (int j = 0; j < servicers.size(); j++) {
                    if (!servicers.get(j).jailed) {
                        cands.add(servicers.get(j));
                    }
                }
            }
            // the original divides by zero when every servicer is jailed; here the servicer part stays unpaid
            if (!cands.isEmpty()) {
                distribute(s, service, servicerPart, cands, binPayment);
            }
            validator.poktHoldings += validatorPart;
            s.dao.poktHoldings += daoPart;
        }
        cands.clear();
        updateRevenueExpectations(p, s);
    }

    private static void distribute(PocketState s, Service service, double servicerPart, ArrayList<Servicer> cands,
                                   boolean binPayment) {
        int m = cands.size();
        double[] bins = s.scratch.bins(m);
        double sum = 0;
        for (int j = 0; j < m; j++) {
            bins[j] = Math.max(1, Math.min(PyMath.floorDiv(cands.get(j).stakedPokt, STAKE_BIN), 4));
            sum += bins[j];
        }
        double per = PyMath.floorDiv(servicerPart, sum);
        for (int j = 0; j < m; j++) {
            Servicer sv = cands.get(j);
            int idx = indexOf(sv.services, service);
            if (idx >= 0) { // earnings from services the servicer is not linked to are never used
                sv.earnings[idx] += PyMath.trunc(per * bins[j]);
            }
            // quirk kept (§9.4): the payment ignores the stake bin unless STAKE_BIN_PAYMENT is on
            double pay = binPayment ? per * bins[j] : per;
            double paid = pay * sv.qos;
            double burned = pay * (1 - sv.qos);
            sv.poktHoldings += paid;
            sv.totalRevenues += paid;
            s.floatingSupply -= burned;
            s.poktBurned += burned;
        }
    }

    // update_revenue_expectations: EWMA over the currently linked services; unlinked ones are dropped
    static void updateRevenueExpectations(PocketParams p, PocketState s) {
        double lambda = p.lambdaEwmRevenueExpectation();
        ArrayList<Servicer> servicers = s.servicers;
        for (int i = 0; i < servicers.size(); i++) {
            Servicer sv = servicers.get(i);
            int n = sv.services.size();
            Service[] nextKeys = sv.expServicesNext;
            double[] nextValues = sv.expValuesNext;
            for (int j = 0; j < n; j++) {
                Service service = sv.services.get(j);
                double v = sv.earnings[j];
                double old = Double.NaN;
                for (int k = 0; k < sv.expCount; k++) {
                    if (sv.expServices[k] == service) {
                        old = sv.expValues[k];
                        break;
                    }
                }
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
    static void feeReward(PocketParams p, PocketState s) {
        double fees = s.nTransactions * p.transactionFee();
        s.validators.get(0).poktHoldings += fees * p.validatorFeePercentage();
        s.dao.poktHoldings += fees * p.daoFeePercentage();
        if (p.corrected(Correction.TRANSACTION_FEE_MINT)) {
            s.floatingSupply += fees;
            s.poktMinted += fees;
        }
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
