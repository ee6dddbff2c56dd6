package io.pocketsim.core.pocket;

/** The validator (the original has one "Mega Validator"; only it receives rewards). */
public final class Validator {
    private final int id;
    private final String name;
    double poktHoldings;
    double stakedPokt;

    Validator(int id, String name, double poktHoldings, double stakedPokt) {
        this.id = id;
        this.name = name;
        this.poktHoldings = poktHoldings;
        this.stakedPokt = stakedPokt;
    }

    /** The per-run id. */
    public int id() {
        return id;
    }

    /** The name. */
    public String name() {
        return name;
    }

    /** Unstaked balance (block-proposer rewards and transaction-fee shares accrue here), uPOKT. */
    public double poktHoldings() {
        return poktHoldings;
    }

    /** Staked balance, uPOKT (never changes). */
    public double stakedPokt() {
        return stakedPokt;
    }
}
