package io.pocketsim.postprocess.launch;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a launch did.
 *
 * @param planned    experiments planned (the incomplete ones at the start)
 * @param complete   of those, complete at the end
 * @param failed     experiments that failed every attempt, each with the last reason
 * @param tasks      chunks planned
 * @param attempts   tasks started (first attempts and retries)
 * @param relaunches task starts refused by the platform and queued again (capacity, throttling)
 * @param wall       wall time
 */
public record LaunchSummary(int planned, int complete, Map<String, String> failed, int tasks, int attempts,
                            int relaunches, Duration wall) {
    public LaunchSummary {
        failed = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(failed));
    }

    /** True when every planned experiment is complete. */
    public boolean allComplete() {
        return complete == planned;
    }

    /** The summary as lines of text: counts, then one line per failed experiment. */
    public String render() {
        StringBuilder sb = new StringBuilder();
        sb.append(complete).append('/').append(planned).append(" experiment(s) complete, ").append(failed.size())
                .append(" failed; ").append(tasks).append(" task(s), ").append(attempts).append(" attempt(s)");
        if (relaunches > 0) {
            sb.append(", ").append(relaunches).append(" start(s) refused and retried");
        }
        sb.append("; wall time ").append(LaunchProgress.format(wall)).append('\n');
        failed.forEach((e, why) -> sb.append("failed: ").append(e).append(": ").append(why).append('\n'));
        return sb.toString();
    }
}
