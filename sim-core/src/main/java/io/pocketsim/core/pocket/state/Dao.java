package io.pocketsim.core.pocket.state;

/** The DAO treasury (model-spec.md §2.2). */
public final class Dao {
    public double poktHoldings;

    Dao(double poktHoldings) {
        this.poktHoldings = poktHoldings;
    }

    /** Treasury balance (block-reward and transaction-fee shares), uPOKT. */
    public double poktHoldings() {
        return poktHoldings;
    }
}
