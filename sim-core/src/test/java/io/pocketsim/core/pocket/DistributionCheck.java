package io.pocketsim.core.pocket;

import io.pocketsim.core.engine.RunResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The check of the shared tool {@code compare-distribution.py}, reimplemented: for every reference variable and
 * checked timestep, a two-sample z on the means (|z| ≤ 4) and, with 50 or more port runs, the ratio of standard
 * deviations within [0.5, 2]. {@code height} and {@code day} are skipped, a mean equal within 1e-9 passes, and the
 * whole check passes with at least 95 % of the checks passed and no reference column missing.
 */
final class DistributionCheck {
    static final double Z_MAX = 4.0;
    static final List<String> SKIP = List.of("height", "day");

    /** One reference statistic. */
    record Reference(int n, double mean, double std, double meanHalfWidth) {
    }

    /** The outcome: passed and checked counts, failure lines and missing columns. */
    record Outcome(int passed, int checked, List<String> failures, List<String> missing) {
        boolean ok() {
            return checked > 0 && passed >= 0.95 * checked && missing.isEmpty();
        }

        double share() {
            return checked == 0 ? 0 : (double) passed / checked;
        }

        String report() {
            return String.format("fidelity: %d/%d variable-timesteps within |z|<=%.1f (%.1f %%), missing %s%n%s",
                    passed, checked, Z_MAX, 100 * share(), missing, String.join("\n", failures));
        }
    }

    private final Map<String, Map<Integer, Reference>> reference = new LinkedHashMap<>();
    private final List<Integer> timesteps;
    private final boolean spreadCheck;

    private DistributionCheck(List<Integer> timesteps, boolean spreadCheck) {
        this.timesteps = List.copyOf(timesteps);
        this.spreadCheck = spreadCheck;
    }

    /**
     * Reads a long-format reference {@code timestep,variable,n,mean,std,...} ('#' lines are comments).
     *
     * @param roundedMeans whether the means are printed with few digits: then a mean counts as the interval of
     *                     half a unit in its last printed digit, and the z uses the distance to that interval
     * @param spreadCheck  whether to apply the sd-ratio check (with 50 or more port runs)
     */
    static DistributionCheck read(Path file, List<Integer> timesteps, boolean roundedMeans, boolean spreadCheck) {
        DistributionCheck check = new DistributionCheck(timesteps, spreadCheck);
        try {
            boolean header = true;
            for (String line : Files.readAllLines(file)) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split(",", -1);
                int t = Integer.parseInt(f[0]);
                if (!timesteps.contains(t)) {
                    continue;
                }
                int n = Integer.parseInt(f[2]);
                double mean = f[3].isEmpty() ? Double.NaN : Double.parseDouble(f[3]);
                double std = f[4].isEmpty() ? 0.0 : Double.parseDouble(f[4]);
                double half = roundedMeans && !f[3].isEmpty() ? new BigDecimal(f[3]).ulp().doubleValue() / 2 : 0;
                check.reference.computeIfAbsent(f[1], k -> new LinkedHashMap<>())
                        .put(t, new Reference(n, mean, std, half));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return check;
    }

    /** Compares runs (their recorded columns; {@code *_cummulative} is looked up as {@code *_cumulative}). */
    Outcome compare(List<RunResult> runs) {
        List<String> columns = runs.get(0).columns();
        List<String> missing = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        int checked = 0;
        int passed = 0;
        for (Map.Entry<String, Map<Integer, Reference>> e : reference.entrySet()) {
            String variable = e.getKey();
            int c = columns.indexOf(variable);
            if (c < 0) {
                c = columns.indexOf(variable.replace("cummulative", "cumulative"));
            }
            if (c < 0) {
                missing.add(variable);
                continue;
            }
            if (SKIP.contains(variable)) {
                continue;
            }
            for (int t : timesteps) {
                Reference ref = e.getValue().get(t);
                if (ref == null) {
                    continue;
                }
                checked++;
                List<Double> xs = new ArrayList<>();
                for (RunResult r : runs) {
                    double v = r.rows()[t][c];
                    if (!Double.isNaN(v)) {
                        xs.add(v);
                    }
                }
                String failure = compare(variable, t, xs, ref);
                if (failure == null) {
                    passed++;
                } else {
                    failures.add(failure);
                }
            }
        }
        return new Outcome(passed, checked, failures, missing);
    }

    private String compare(String variable, int t, List<Double> xs, Reference ref) {
        if (xs.size() < 2 || ref.n() == 0) {
            return variable + "@" + t + ": no port values";
        }
        double mean = 0;
        for (double x : xs) {
            mean += x;
        }
        mean /= xs.size();
        double ss = 0;
        for (double x : xs) {
            ss += (x - mean) * (x - mean);
        }
        double sd = Math.sqrt(ss / (xs.size() - 1));
        double se = Math.sqrt(sd * sd / xs.size() + ref.std() * ref.std() / ref.n());
        double distance = Math.max(0, Math.abs(mean - ref.mean()) - ref.meanHalfWidth());
        boolean close = distance <= Math.max(1e-9 * Math.max(Math.abs(mean), Math.abs(ref.mean())), 1e-12);
        boolean spreadOk = true;
        double ratio = ref.std() > 0 ? sd / ref.std() : Double.NaN;
        if (spreadCheck && xs.size() >= 50 && ref.std() > 1e-9 * Math.max(Math.abs(ref.mean()), 1e-300) && !close) {
            spreadOk = ratio >= 0.5 && ratio <= 2.0;
        }
        double z;
        boolean ok;
        if (close) {
            z = 0;
            ok = true;
        } else if (se == 0) {
            z = Double.POSITIVE_INFINITY;
            ok = false;
        } else {
            z = Math.copySign(distance / se, mean - ref.mean());
            ok = Math.abs(z) <= Z_MAX && spreadOk;
        }
        return ok ? null : String.format("%s@%d: port mean %.4g sd %.3g (n=%d) vs original %.4g sd %.3g (n=%d), "
                + "z=%.2f, sd ratio %.2f", variable, t, mean, sd, xs.size(), ref.mean(), ref.std(), ref.n(), z, ratio);
    }
}
