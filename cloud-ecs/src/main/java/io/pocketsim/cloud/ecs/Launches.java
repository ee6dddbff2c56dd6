package io.pocketsim.cloud.ecs;

import com.google.common.hash.Hashing;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;

/** The identities a launch puts on its tasks. */
public final class Launches {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss")
            .withZone(ZoneOffset.UTC);

    private Launches() {
    }

    /**
     * The {@code startedBy} of every task writing to a store: {@code pocketsim-} and 12 hex digits of the store URI's
     * SHA-256 (ECS allows 36 characters). The same for every launch on the store, so a launch finds the tasks an
     * earlier one left running.
     */
    public static String startedBy(String storeUri) {
        return "pocketsim-" + Hashing.sha256().hashString(storeUri, StandardCharsets.UTF_8).toString()
                .substring(0, 12);
    }

    /** A new launch id: UTC time and 6 random hex digits, e.g. {@code 20261206T011502-3fa9c1}. */
    public static String newLaunchId() {
        return STAMP.format(Instant.now()) + "-" + String.format("%06x", ThreadLocalRandom.current().nextInt(1 << 24));
    }
}
