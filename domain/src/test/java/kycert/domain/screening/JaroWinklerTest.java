package kycert.domain.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class JaroWinklerTest {

    @Test
    void agreesWithThePublishedExamples() {
        assertThat(JaroWinkler.similarity("martha", "marhta")).isCloseTo(0.9611, within(1e-4));
        assertThat(JaroWinkler.similarity("dwayne", "duane")).isCloseTo(0.8400, within(1e-4));
        assertThat(JaroWinkler.similarity("dixon", "dicksonx")).isCloseTo(0.8133, within(1e-4));
    }

    @Test
    void equalWordsScoreOne_andWordsWithNothingInCommonZero() {
        assertThat(JaroWinkler.similarity("silva", "silva")).isEqualTo(1.0);
        assertThat(JaroWinkler.similarity("abc", "xyz")).isEqualTo(0.0);
        assertThat(JaroWinkler.similarity("", "silva")).isEqualTo(0.0);
    }
}
