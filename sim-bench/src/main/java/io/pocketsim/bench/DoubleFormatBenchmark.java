package io.pocketsim.bench;

import io.pocketsim.postprocess.csv.ShortestDecimal;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One time-series cell's number into the row buffer: the result CSV's formatter against what the encoder did
 * before it (the running JDK's {@code Double.toString}, its characters copied into the buffer). The values are
 * non-integral doubles of the magnitudes the model's columns have (10^-4 to 10^12).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Fork(1)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class DoubleFormatBenchmark {
    private static final int N = 4096;
    private final double[] values = new double[N];
    private final byte[] buf = new byte[N * ShortestDecimal.MAX_CHARS];

    public DoubleFormatBenchmark() {
        SplittableRandom r = new SplittableRandom(7);
        for (int i = 0; i < N; i++) {
            values[i] = r.nextDouble() * Math.pow(10, r.nextInt(-4, 13));
        }
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public int shortestDecimal() {
        int pos = 0;
        for (double v : values) {
            pos = ShortestDecimal.write(v, buf, pos);
        }
        return pos;
    }

    @Benchmark
    @OperationsPerInvocation(N)
    public int jdkToString() {
        int pos = 0;
        for (double v : values) {
            String s = Double.toString(v);
            for (int i = 0, n = s.length(); i < n; i++) {
                buf[pos++] = (byte) s.charAt(i);
            }
        }
        return pos;
    }
}
