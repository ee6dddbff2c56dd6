package io.pocketsim.core.pocket.state;

/**
 * A stake holder that joins and departs: a servicer, gateway or application. The leave block (Departures) marks it
 * leaving and keeps it on the state's under-staked list between days. The mutators are the blocks' ({@code io.pocketsim.core.pocket.block}); observers only read.
 */
public abstract class Participant extends StakeHolder {
    // marked by the leave block while it removes the day's departures
    private boolean leaving;
    // member of the state's under-staked list built at the last leave block
    boolean understaked;

    Participant(int id, String name, double poktHoldings, double stakedPokt) {
        super(id, name, poktHoldings, stakedPokt);
    }

    /** Whether the leave block marked it leaving today. */
    public final boolean isLeaving() {
        return leaving;
    }

    /** Marks whether it leaves today (the leave block's; the state's {@code removeLeaving...} remove it). */
    public final void markLeaving(boolean leaves) {
        leaving = leaves;
    }

    /** Whether it was under the minimum stake at the end of the last leave block. */
    public final boolean isUnderstaked() {
        return understaked;
    }
}
