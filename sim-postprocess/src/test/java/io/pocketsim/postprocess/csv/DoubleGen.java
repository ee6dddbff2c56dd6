package io.pocketsim.postprocess.csv;

import static org.quicktheories.generators.SourceDSL.doubles;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Doubles that stress text round trips: any bit pattern, special values, integers near 2^53, subnormals. */
final class DoubleGen {
    static final List<Double> SPECIAL = List.of(Double.NaN, 0.0, -0.0, Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY, Double.MIN_VALUE, -Double.MIN_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE,
            Double.MIN_NORMAL, Math.nextDown(Double.MIN_NORMAL), 0x1p53, 0x1p53 - 1, -0x1p53 + 1, 0x1p53 + 2, 0x1p63,
            1e-310, 0.1, 1.0 / 3, 6.0e-8, 1521517215000000.0, 1e23, 2e-3, 9007199254740993.0, -1.5);

    private DoubleGen() {
    }

    /** A mix of arbitrary bit patterns, special values, ordinary doubles and integral values. */
    static Gen<Double> interesting() {
        Gen<Double> bits = longs().all().map(Double::longBitsToDouble);
        Gen<Double> integral = longs().between(-(1L << 60), 1L << 60).map(l -> (double) l);
        Gen<Double> subnormal = longs().between(1, (1L << 52) - 1).map(Double::longBitsToDouble);
        return bits.mix(Generate.pick(SPECIAL), 30).mix(doubles().any(), 30).mix(integral, 30).mix(subnormal, 20);
    }

    /** Equality that distinguishes -0.0 from 0.0 and treats every NaN as equal. */
    static boolean same(double a, double b) {
        return Double.compare(a, b) == 0;
    }
}
