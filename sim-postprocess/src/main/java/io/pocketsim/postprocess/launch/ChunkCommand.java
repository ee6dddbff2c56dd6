package io.pocketsim.postprocess.launch;

import java.util.List;

/** Builds the arguments of the {@code pocketsim task} command that runs a list of experiments. */
@FunctionalInterface
public interface ChunkCommand {
    /** The arguments after the program (the container's command override), e.g. {@code task --out URI NAME...}. */
    List<String> arguments(List<String> experiments);
}
