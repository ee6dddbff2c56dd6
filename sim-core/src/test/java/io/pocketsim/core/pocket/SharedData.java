package io.pocketsim.core.pocket;

import io.pocketsim.testsupport.External;
import io.pocketsim.core.pocket.oracle.KdeReturnSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Access to the shared folder (../shared) for tests that need the original's data or reference tables. */
final class SharedData {
    private SharedData() {
    }

    /** The shared folder: {@code ${pocketsim.root}/../shared}. */
    static Path root() {
        return External.sharedFolder();
    }

    static Path kdeReturnsFile() {
        return root().resolve("data/kde-oracle-returns.csv");
    }

    static Path test1Reference() {
        return root().resolve("reference/test1-distribution.csv");
    }

    static boolean hasKdeReturns() {
        return Files.exists(kdeReturnsFile());
    }

    /** The 364 returns of the original's KDE, read from the shared CSV (columns index, return). */
    static double[] kdeReturns() {
        try {
            List<String> lines = Files.readAllLines(kdeReturnsFile());
            return lines.stream().skip(1).filter(l -> !l.isBlank())
                    .mapToDouble(l -> Double.parseDouble(l.substring(l.indexOf(',') + 1).trim())).toArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The original's price model: a Gaussian KDE over the shared return sample. */
    static KdeReturnSource kdeSource() {
        return KdeReturnSource.of(kdeReturns(), "kde-oracle-returns.csv");
    }
}
