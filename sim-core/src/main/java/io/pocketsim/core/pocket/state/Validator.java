package io.pocketsim.core.pocket.state;

/**
 * The validator (the original has one "Mega Validator"; only it receives rewards). Block-proposer rewards and
 * transaction-fee shares accrue to its holdings; its stake never changes. The mutators are the blocks' ({@code io.pocketsim.core.pocket.block}); observers only read.
 */
public final class Validator extends StakeHolder {
    Validator(int id, String name, double poktHoldings, double stakedPokt) {
        super(id, name, poktHoldings, stakedPokt);
    }

    /** Adds a block-proposer reward or transaction-fee share to its holdings, uPOKT. */
    public void receive(double amount) {
        poktHoldings += amount;
    }
}
