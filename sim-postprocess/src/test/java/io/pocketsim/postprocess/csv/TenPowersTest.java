package io.pocketsim.postprocess.csv;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class TenPowersTest {

    /** Every entry is floor(10^-k 2^-r) + 1, with r such that the result has 126 bits, split at bit 63. */
    @Test
    void shouldHoldTheRoundedUpPowersOfTen() {
        BigInteger low63 = BigInteger.ONE.shiftLeft(63).subtract(BigInteger.ONE);
        for (int k = TenPowers.K_MIN; k <= TenPowers.K_MAX; k++) {
            int r = ShortestDecimal.flog2pow10(-k) - 125;
            BigInteger num = k <= 0 ? BigInteger.TEN.pow(-k) : BigInteger.ONE;
            BigInteger den = k > 0 ? BigInteger.TEN.pow(k) : BigInteger.ONE;
            num = r <= 0 ? num.shiftLeft(-r) : num;
            den = r > 0 ? den.shiftLeft(r) : den;
            BigInteger g = num.divide(den).add(BigInteger.ONE);
            assertThat(g.bitLength()).as("k=%d", k).isEqualTo(126);
            assertThat(TenPowers.g1(k)).as("g1 k=%d", k).isEqualTo(g.shiftRight(63).longValueExact());
            assertThat(TenPowers.g0(k)).as("g0 k=%d", k).isEqualTo(g.and(low63).longValueExact());
        }
    }

    @Test
    void shouldHaveExactFloorLogarithms() {
        for (int e = -2000; e <= 2000; e++) {
            // 10^lg10 <= 2^e < 10^(lg10 + 1), checked on exact powers
            int lg10 = ShortestDecimal.flog10pow2(e);
            BigInteger two = BigInteger.TWO.pow(Math.abs(e));
            BigInteger ten = BigInteger.TEN.pow(Math.abs(lg10));
            assertThat(e >= 0 ? ten.compareTo(two) <= 0 && ten.multiply(BigInteger.TEN).compareTo(two) > 0
                    : lg10 < 0 && ten.compareTo(two) >= 0 && ten.compareTo(two.multiply(BigInteger.TEN)) < 0)
                    .as("flog10pow2(%d) = %d", e, lg10).isTrue();
        }
    }
}
