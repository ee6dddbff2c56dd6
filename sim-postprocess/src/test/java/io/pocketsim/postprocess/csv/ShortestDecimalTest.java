package io.pocketsim.postprocess.csv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ShortestDecimalTest {
    private static final Pattern PLAIN = Pattern.compile("-?(0\\.(00?)?[1-9][0-9]*|[1-9][0-9]{0,6}\\.[0-9]+)");
    private static final Pattern SCIENTIFIC = Pattern.compile("-?[1-9]\\.[0-9]+E-?[1-9][0-9]{0,2}");

    /**
     * JDK 25's {@code Double.toString} of values, by bit pattern: the first twenty are arbitrary doubles for which
     * JDK 17's {@code Double.toString} is longer or farther from the value (it writes
     * {@code 4.2661722296074304E16}, {@code 2.4541742206578534E25}, ...), then the two cases and
     * boundaries of the format and the exponent range.
     */
    @ParameterizedTest
    @CsvSource({
            "0000000000000001, 4.9E-324",
            "0000000000000002, 9.9E-324",
            "00005c0ab9347ed7, 5.0E-310",
            "0010000000000000, 2.2250738585072014E-308",
            "3ee4f8b588e368f1, 1.0E-5",
            "3f50624dd2f1a9fb, 9.999999999999998E-4",
            "3f50624dd2f1a9fc, 0.001",
            "3f60624dd2f1a9fc, 0.002",
            "3fb999999999999a, 0.1",
            "3fd3333333333334, 0.30000000000000004",
            "40fe240c9fbe76c9, 123456.789",
            "416312cfffffffff, 9999999.999999998",
            "416312d000000000, 1.0E7",
            "4362f213885ed808, 4.26617222960743E16",
            "436caee337f11357, 6.458872213802873E16",
            "437683acc5185ed6, 1.013956408313071E17",
            "4381c6a72bae030f, 1.6011186875979414E17",
            "438f67ea69ed3795, 2.82879384806159E17",
            "4391a059a7d91cd1, 3.175284180888587E17",
            "43bbee5a6c4a5051, 2.0126455046309358E18",
            "43d5afa211dd346d, 6.250583173320783E18",
            "447c7e83209e90b2, 8.41E21",
            "4480f0cf064dd592, 1.0E22",
            "44b52d02c7e14af6, 1.0E23",
            "45344cea82c6e83b, 2.4541742206578535E25",
            "7fefffffffffffff, 1.7976931348623157E308",
            "8000000000000000, -0.0",
            "c367043e6f32f74a, -5.182872531551701E16",
            "c368fea695882005, -5.628312694246609E16",
            "c379f98108d0cf3c, -1.1697931218825722E17",
            "c37e0593cbc7d01f, -1.3520610621633381E17",
            "c3b61f0c49af2431, -1.5940063037229755E18",
            "c3be1eef2e8cce59, -2.1704350536490253E18",
            "c3c11006737a2a97, -2.458979582625525E18",
            "c3c6240cbb2d55a5, -3.190828332110007E18",
            "c3cb535f16352348, -3.938044022152925E18",
            "c3d36d5f8f4e3a32, -5.599520513117964E18",
            "c3d5d336e3d2b7a7, -6.290644188012649E18",
            "c3d78e05510ed70e, -6.789199821058882E18",
    })
    void shouldWriteWhatJdk19AndLaterWrite(String hexBits, String expected) {
        double v = Double.longBitsToDouble(Long.parseUnsignedLong(hexBits, 16));
        assertThat(ShortestDecimal.toString(v)).isEqualTo(expected);
        assertThat(ShortestDecimal.toString(-v)).isEqualTo(expected.startsWith("-") ? expected.substring(1) : "-" + expected);
    }

    @Test
    void shouldWriteTheSpecialValuesAsDoubleToStringDoes() {
        assertThat(ShortestDecimal.toString(Double.NaN)).isEqualTo("NaN");
        assertThat(ShortestDecimal.toString(Double.longBitsToDouble(0xfff8_0000_0000_0001L))).isEqualTo("NaN");
        assertThat(ShortestDecimal.toString(Double.POSITIVE_INFINITY)).isEqualTo("Infinity");
        assertThat(ShortestDecimal.toString(Double.NEGATIVE_INFINITY)).isEqualTo("-Infinity");
        assertThat(ShortestDecimal.toString(0.0)).isEqualTo("0.0");
        assertThat(ShortestDecimal.toString(-0.0)).isEqualTo("-0.0");
        assertThat(ShortestDecimal.toString(15.0)).isEqualTo("15.0");
        assertThat(ShortestDecimal.toString(-1234567.0)).isEqualTo("-1234567.0");
    }

    @Test
    void shouldReadBackAsTheSameDouble() {
        qt().withFixedSeed(20261206L).withExamples(50_000).forAll(DoubleGen.interesting())
                .check(v -> DoubleGen.same(Double.parseDouble(ShortestDecimal.toString(v)), v));
    }

    @Test
    void shouldUsePlainNotationExactlyBetweenOneThousandthAndTenMillion() {
        qt().withFixedSeed(20261207L).withExamples(50_000).forAll(DoubleGen.interesting())
                .assuming(v -> Double.isFinite(v) && v != 0)
                .check(v -> {
                    String s = ShortestDecimal.toString(v);
                    double m = Math.abs(v);
                    return m >= 1e-3 && m < 1e7 ? PLAIN.matcher(s).matches() : SCIENTIFIC.matcher(s).matches();
                });
    }

    /** No decimal with fewer significant digits reads back as the value (two digits are always allowed). */
    @Test
    void shouldBeTheShortestDecimalThatReadsBack() {
        qt().withFixedSeed(20261208L).withExamples(50_000).forAll(DoubleGen.interesting())
                .assuming(v -> Double.isFinite(v) && v != 0)
                .check(v -> {
                    BigDecimal d = new BigDecimal(ShortestDecimal.toString(v));
                    int n = d.stripTrailingZeros().precision();
                    if (n <= 2) {
                        return true;
                    }
                    // the nearest shorter decimals below and above are the only ones that could read back as v
                    for (RoundingMode mode : new RoundingMode[] {RoundingMode.FLOOR, RoundingMode.CEILING}) {
                        BigDecimal shorter = d.round(new MathContext(n - 1, mode));
                        if (Double.parseDouble(shorter.toString()) == v) {
                            return false;
                        }
                    }
                    return true;
                });
    }

    /** Of the decimals of that length that read back as the value, the closest, and the even one on a tie. */
    @Test
    void shouldBeTheClosestOfThatLength() {
        qt().withFixedSeed(20261209L).withExamples(50_000).forAll(DoubleGen.interesting())
                .assuming(v -> Double.isFinite(v) && v != 0)
                .check(v -> {
                    BigDecimal exact = new BigDecimal(v);
                    BigDecimal d = new BigDecimal(ShortestDecimal.toString(v)).stripTrailingZeros();
                    BigDecimal unit = BigDecimal.ONE.movePointLeft(d.scale());
                    BigDecimal own = d.subtract(exact).abs();
                    for (BigDecimal other : new BigDecimal[] {d.subtract(unit), d.add(unit)}) {
                        if (Double.parseDouble(other.toString()) != v) {
                            continue;
                        }
                        int c = other.subtract(exact).abs().compareTo(own);
                        if (c < 0 || c == 0 && d.unscaledValue().testBit(0)) {
                            return false;
                        }
                    }
                    return true;
                });
    }

    @Test
    void shouldWriteIntoABufferAtAnOffsetAndReturnTheEnd() {
        byte[] buf = new byte[3 + ShortestDecimal.MAX_CHARS];
        buf[0] = 'x';
        int end = ShortestDecimal.write(-2.2250738585072014E-308, buf, 1);
        assertThat(end).isEqualTo(1 + ShortestDecimal.MAX_CHARS);
        assertThat(new String(buf, 0, end, java.nio.charset.StandardCharsets.US_ASCII))
                .isEqualTo("x-2.2250738585072014E-308");
    }
}
