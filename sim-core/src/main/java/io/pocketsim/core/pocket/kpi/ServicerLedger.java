package io.pocketsim.core.pocket.kpi;

import io.pocketsim.core.pocket.state.Servicer;
import java.util.Arrays;
import java.util.List;

/**
 * The last-seen numbers of every servicer of one run, and the servicer KPIs computed from them (KPI 1, 8, 11, 14, E).
 *
 * <p>The original collects, per run, {@code {id_number: servicer}} over all recorded days, each day overwriting the
 * entry of every servicer present, so a departed servicer counts with its state on the last day it was in the list
 * (an entity that joined and left within one day is never seen). Only the six numbers the formulas read are kept,
 * never the servicer object: it keeps mutating while the run goes on.
 *
 * <p>Sums run over the servicers in first-seen order, as the original's dictionary iterates, so the floating-point
 * results follow the same order of additions.
 */
final class ServicerLedger {
    private final IdSlots slots = new IdSlots();
    private double[] staked = new double[32];
    private double[] totalInflow = new double[32];
    private double[] revenues = new double[32];
    private double[] slashingSum = new double[32];
    private int[] slashingCount = new int[32];
    private double[] jailLostSum = new double[32];

    /** Records the current values of every servicer in the list (the list of one recorded day). */
    void observe(List<Servicer> servicers) {
        for (int i = 0, n = servicers.size(); i < n; i++) {
            Servicer s = servicers.get(i);
            int k = slots.slot(s.id());
            if (k >= staked.length) {
                grow();
            }
            staked[k] = s.stakedPokt();
            totalInflow[k] = s.stakedPoktTotalInflow();
            revenues[k] = s.totalRevenues();
            slashingSum[k] = s.slashingHistorySum();
            slashingCount[k] = s.slashingHistoryCount();
            jailLostSum[k] = s.jailLostRevenueSum();
        }
    }

    /** Number of distinct servicers seen. */
    int size() {
        return slots.count();
    }

    /**
     * KPI 8, the average slashing cost per slashed servicer, uPOKT: {@code −Σ slashing_history / n} over the n
     * servicers with a non-empty slashing history; {@code NaN} when there are none.
     */
    double kpi8() {
        double sum = 0;
        int n = 0;
        for (int k = 0; k < size(); k++) {
            if (slashingCount[k] > 0) {
                sum += slashingSum[k];
                n++;
            }
        }
        return n > 0 ? -sum / n : Double.NaN;
    }

    /**
     * KPI E: {@code exp(−S / J)} with {@code S = Σ slashing_history} (≤ 0) and
     * {@code J = −Σ (Σ jail_lost_revenue_history + Σ slashing_history)} over all servicers; {@code NaN} unless
     * {@code J > 0} (the original's None).
     */
    double kpiE() {
        double slashing = 0;
        double jailingTerms = 0;
        for (int k = 0; k < size(); k++) {
            slashing += slashingSum[k];
            jailingTerms += jailLostSum[k] + slashingSum[k];
        }
        double jailing = -jailingTerms;
        return jailing > 0 ? Math.exp(-slashing / jailing) : Double.NaN;
    }

    /**
     * KPI 1, the mean servicer NPV, uPOKT. Per servicer
     * {@code NPV = (1 + 1/r) · (total_revenues − r · staked_pokt + (1/(1+r)) · (1 − p_j) · Σ jail_lost_revenue_history)};
     * the mean is over the NPVs that are not exactly 0 (the original's truthiness filter); {@code NaN} if none.
     *
     * @param r      the discount rate
     * @param pJail  {@code p_j = 1 − (1 − servicer_jailing_probability)^T}
     */
    double kpi1(double r, double pJail) {
        // operation order as the original's compute_kpi_1, so the same doubles come out
        double perpetuity = 1 + 1 / r;
        double jailWeight = 1 / (1 + r) * (1 - pJail);
        double sum = 0;
        int n = 0;
        for (int k = 0; k < size(); k++) {
            double npv = perpetuity * (revenues[k] - r * staked[k] + jailWeight * jailLostSum[k]);
            if (npv != 0) {
                sum += npv;
                n++;
            }
        }
        return n > 0 ? sum / n : Double.NaN;
    }

    /**
     * KPI 11, the jailing opportunity cost ratio: per servicer with {@code total_revenues > 0},
     * {@code Σ jail_lost_revenue_history / total_revenues}; mean of the values that are not exactly 0; {@code NaN}
     * if none.
     */
    double kpi11() {
        double sum = 0;
        int n = 0;
        for (int k = 0; k < size(); k++) {
            if (revenues[k] > 0) {
                double v = jailLostSum[k] / revenues[k];
                if (v != 0) {
                    sum += v;
                    n++;
                }
            }
        }
        return n > 0 ? sum / n : Double.NaN;
    }

    /**
     * KPI 14, the capital cost per unit of reward: per servicer with {@code total_revenues > 0},
     * {@code r · (staked_pokt_total_inflow / total_revenues)}; mean of the values that are not exactly 0;
     * {@code NaN} if none.
     */
    double kpi14(double r) {
        double sum = 0;
        int n = 0;
        for (int k = 0; k < size(); k++) {
            if (revenues[k] > 0) {
                double v = r * (totalInflow[k] / revenues[k]);
                if (v != 0) {
                    sum += v;
                    n++;
                }
            }
        }
        return n > 0 ? sum / n : Double.NaN;
    }

    private void grow() {
        int len = staked.length * 2;
        staked = Arrays.copyOf(staked, len);
        totalInflow = Arrays.copyOf(totalInflow, len);
        revenues = Arrays.copyOf(revenues, len);
        slashingSum = Arrays.copyOf(slashingSum, len);
        slashingCount = Arrays.copyOf(slashingCount, len);
        jailLostSum = Arrays.copyOf(jailLostSum, len);
    }
}
