package kycert.adapters.memory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import kycert.domain.apikey.Environment;
import kycert.domain.run.SourceStatus;
import kycert.domain.screening.MatchThreshold;
import kycert.domain.subject.Subject;
import kycert.domain.template.Source;
import org.junit.jupiter.api.Test;

/** The fixtures answer sandbox runs, and refuse a live run outright rather than invent its answer. */
class FixtureBureauTest {
    private final Subject sanctioned = Subject.parse("pf", "222.333.444-05", "Maria Souza").get();

    @Test
    void aSandboxRun_getsTheFixtureTable() {
        var answer = new FixtureBureau().query(Environment.TEST, List.of(Source.SANCTIONS), sanctioned, MatchThreshold.DEFAULT);

        assertThat(answer.results()).singleElement().extracting(r -> r.status()).isEqualTo(SourceStatus.INVALID);
    }

    @Test
    void aLiveRun_isNeverAnsweredFromTheFixtures() {
        assertThatThrownBy(() -> new FixtureBureau().query(Environment.LIVE, List.of(Source.SANCTIONS), sanctioned, MatchThreshold.DEFAULT))
                .isInstanceOf(IllegalStateException.class);
    }
}
