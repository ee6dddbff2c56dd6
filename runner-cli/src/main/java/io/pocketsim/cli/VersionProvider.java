package io.pocketsim.cli;

import picocli.CommandLine.IVersionProvider;

/** Reports the software version recorded in the jar manifest. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"pocketsim " + version()};
    }

    /** The version of the running build ("dev" when run from classes). */
    static String version() {
        String v = PocketsimCli.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
