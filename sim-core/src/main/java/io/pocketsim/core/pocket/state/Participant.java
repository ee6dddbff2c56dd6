package io.pocketsim.core.pocket.state;

/**
 * A stake holder that joins and departs: a servicer, gateway or application. The leave block (Departures) marks it
 * leaving and keeps it on the state's under-staked list between days.
 */
public abstract class Participant extends StakeHolder {
    // marked by the leave block while it removes the day's departures
    public boolean leaving;
    // member of the state's under-staked list built at the last leave block
    public boolean understaked;

    Participant(int id, String name, double poktHoldings, double stakedPokt) {
        super(id, name, poktHoldings, stakedPokt);
    }
}
