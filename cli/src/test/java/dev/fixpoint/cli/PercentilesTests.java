package dev.fixpoint.cli;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PercentilesTests {

    @Test
    void nearestRankOfOneToTwenty() {
        long[] sample = new long[20];
        for (int i = 0; i < 20; i++) {
            sample[i] = 20 - i;
        }

        assertThat(Percentiles.of(sample)).isEqualTo(new Percentiles(10, 19, 20, 20));
    }

    @Test
    void aSingleMeasurementIsEveryPercentile() {
        assertThat(Percentiles.of(new long[] {7})).isEqualTo(new Percentiles(7, 7, 7, 7));
    }
}
