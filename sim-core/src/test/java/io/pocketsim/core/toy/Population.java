package io.pocketsim.core.toy;

/** The mutable state of one run of the toy birth-death model. */
public final class Population {
    int day;
    double population;
    double births;
    double deaths;
    double arrivals;
    double peak;

    Population(double population) {
        this.population = population;
        this.peak = population;
    }

    /** Individuals alive now. */
    public double population() {
        return population;
    }
}
