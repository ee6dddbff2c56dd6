package io.pocketsim.core.pocket.state;

/**
 * The validator (the original has one "Mega Validator"; only it receives rewards). Block-proposer rewards and
 * transaction-fee shares accrue to its holdings; its stake never changes.
 */
public final class Validator extends StakeHolder {
    public Validator(int id, String name, double poktHoldings, double stakedPokt) {
        super(id, name, poktHoldings, stakedPokt);
    }
}
