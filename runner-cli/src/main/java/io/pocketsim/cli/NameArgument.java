package io.pocketsim.cli;

import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The experiment or grid a store-reading command works on, given as the positional {@code NAME} (as {@code kpis}
 * and {@code experiments} take it) or as {@code -e/--experiment} (as {@code run} takes it), so either habit works.
 */
final class NameArgument {
    @Parameters(arity = "0..1", paramLabel = "NAME", description = "The stored experiment or grid (or use -e).")
    private String positional;

    @Option(names = {"-e", "--experiment"}, paramLabel = "NAME", description = "The same as NAME.")
    private String option;

    /** The name given, or a bad-input error if none or two different ones were given. */
    String name() {
        if (positional == null && option == null) {
            throw new BadInputException("missing NAME: give the experiment or grid as NAME or with --experiment");
        }
        if (positional != null && option != null && !positional.equals(option)) {
            throw new BadInputException("two names given: NAME " + positional + " and --experiment " + option
                    + "; allowed: one of them");
        }
        return positional != null ? positional : option;
    }
}
