package kycert.domain.screening;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameSimilarityTest {

    @Test
    void oneTypoInALongWord_stillMatches() {
        assertThat(score("Joao Fernandes", "JOAO FERNANDEZ")).isGreaterThan(0.95);
        assertThat(score("Mohammed Ali Hassan", "Mohamed Ali Hasan")).isGreaterThan(0.95);
    }

    @Test
    void initials_scoreLowerThanWords_andCannotCarryANameAlone() {
        double full = score("Joao Carlos Silva", "Joao Carlos Silva");
        double middleInitial = score("Joao C. Silva", "Joao Carlos Silva");
        double firstInitial = score("J. Silva", "Joao Silva");
        assertThat(full).isEqualTo(1.0);
        assertThat(middleInitial).isLessThan(full).isGreaterThanOrEqualTo(MatchThreshold.DEFAULT_VALUE);
        assertThat(firstInitial).isLessThan(middleInitial).isLessThan(MatchThreshold.DEFAULT_VALUE).isGreaterThan(0.5);
        assertThat(score("J. C.", "Joao Carlos")).isZero();
    }

    @Test
    void fatherAndSon_andMissingWords_stayBelowTheDefault() {
        assertThat(score("Joao da Silva", "Joao da Silva Filho")).isLessThan(0.8);
        assertThat(score("Joao Silva", "Joao Carlos Silva Santos")).isLessThan(0.8);
    }

    @Test
    void differentFirstNames_areNotATypo() {
        assertThat(score("Joao Silva", "Joana Silva")).isLessThan(0.6);
    }

    private static double score(String a, String b) {
        return NameSimilarity.score(NameNormalizer.normalize(a), NameNormalizer.normalize(b));
    }
}
