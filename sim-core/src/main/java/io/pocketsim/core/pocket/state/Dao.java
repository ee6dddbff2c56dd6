package io.pocketsim.core.pocket.state;

/** The DAO treasury (model-spec.md §2.2). The mutators are the blocks' ({@code io.pocketsim.core.pocket.block}); observers only read. */
public final class Dao {
    private double poktHoldings;

    Dao(double poktHoldings) {
        this.poktHoldings = poktHoldings;
    }

    /** Treasury balance (block-reward and transaction-fee shares), uPOKT. */
    public double poktHoldings() {
        return poktHoldings;
    }

    /** Adds a block-reward or transaction-fee share, uPOKT. */
    public void receive(double amount) {
        poktHoldings += amount;
    }
}
