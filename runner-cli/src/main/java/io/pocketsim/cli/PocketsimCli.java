package io.pocketsim.cli;

/** Entry point placeholder; the picocli command tree replaces it. */
public final class PocketsimCli {
    private PocketsimCli() {
    }

    /** Runs the command line. */
    public static void main(String[] args) {
        System.out.println("pocketsim: not yet implemented");
    }
}
