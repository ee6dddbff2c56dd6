package io.pocketsim.core.pocket.state;

/**
 * What every staking entity of a run has: a per-run id, a name, unstaked holdings and a stake (model-spec.md §2.2).
 * Reading is public; the blocks move tokens between the two balances in place. The mutators are the blocks'
 * ({@code io.pocketsim.core.pocket.block}); observers only read.
 */
public abstract class StakeHolder {
    private final int id;
    private final String name;
    double poktHoldings;
    double stakedPokt;

    StakeHolder(int id, String name, double poktHoldings, double stakedPokt) {
        this.id = id;
        this.name = name;
        this.poktHoldings = poktHoldings;
        this.stakedPokt = stakedPokt;
    }

    /** The per-run id (the original's {@code id_number}). */
    public final int id() {
        return id;
    }

    /** The name ("X1", "A1", "P1", "Mega Validator" initially; "" for joiners, as in the original). */
    public final String name() {
        return name;
    }

    /** Unstaked balance, uPOKT. */
    public final double poktHoldings() {
        return poktHoldings;
    }

    /** Staked balance, uPOKT. */
    public final double stakedPokt() {
        return stakedPokt;
    }

    /**
     * Moves holdings into stake up to {@code target}: {@code min(holdings, target - stake)}, clamped at 0 when
     * {@code clampAtZero} (the original clamps for gateways and applications, not for servicers). Returns the amount.
     */
    public final double topUpTo(double target, boolean clampAtZero) {
        double amount = Math.min(poktHoldings, target - stakedPokt);
        if (clampAtZero) {
            amount = Math.max(amount, 0);
        }
        poktHoldings -= amount;
        stakedPokt += amount;
        return amount;
    }

    /** {@code Kind#id(name)}, e.g. {@code Servicer#3(X3)}. */
    @Override
    public String toString() {
        return getClass().getSimpleName() + "#" + id + (name.isEmpty() ? "" : "(" + name + ")");
    }
}
