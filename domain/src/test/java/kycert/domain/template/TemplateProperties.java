package kycert.domain.template;

import static kycert.domain.template.TemplateTest.create;
import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.util.LinkedHashSet;
import java.util.List;
import kycert.domain.error.ApiError;
import kycert.domain.error.ErrorCode;
import kycert.domain.subject.SubjectType;
import kycert.domain.text.NameArbitraries.NameUpTo200;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

/** Template.create: names of 1 to 200 chars, any non-empty list of sources, costs 0 to 1000; always created active. */
class TemplateProperties {

    @Property(tries = 300)
    void anyNameOf1To200Chars_isKeptWithoutSurroundingWhitespace(@ForAll(supplier = NameUpTo200.class) String name,
                                                                 @ForAll SubjectType type) {
        assertThat(create(name, type.wire(), null, null).map(Template::name)).isEqualTo(Either.right(name.strip()));
    }

    @Property(tries = 300)
    void anyNonEmptySourceList_isKeptInFirstOrderWithoutRepeats(@ForAll @Size(min = 1, max = 8) List<Source> sources,
                                                              @ForAll SubjectType type) {
        Template t = create("t", type.wire(), sources.stream().map(Source::wire).toList(), null).get();

        assertThat(t.sources()).containsExactlyElementsOf(new LinkedHashSet<>(sources));
        assertThat(t.subjectType()).isEqualTo(type);
        assertThat(t.active()).isTrue();
    }

    @Property
    void aCostFrom0To1000_isKept(@ForAll @IntRange(max = Template.MAX_COST) int cost) {
        assertThat(create("t", "pf", null, cost).map(Template::cost)).isEqualTo(Either.right(cost));
    }

    @Property
    void aCostBelow0OrAbove1000_isRefusedOnCost(@ForAll("costsOutside") int cost) {
        assertThat(create("t", "pj", null, cost)).isEqualTo(Either.left(
                ApiError.of(ErrorCode.INVALID_PARAMETER, "cost must be between 0 and 1000.", "cost")));
    }

    @Property
    void theDefaultSources_areAlwaysAValidTemplate(@ForAll SubjectType type) {
        assertThat(create("t", type.wire(), null, null).map(Template::sources)).isEqualTo(Either.right(Source.defaultsFor(type)));
    }

    @Property
    void everySource_parsesFromItsWireName(@ForAll Source source) {
        assertThat(Source.parse(source.wire())).contains(source);
    }

    /** Integers outside [0, max], weighted to the values next to the bounds. */
    @Provide
    Arbitrary<Integer> costsOutside() {
        return Arbitraries.oneOf(
                Arbitraries.integers().lessOrEqual(-1),
                Arbitraries.integers().greaterOrEqual(Template.MAX_COST + 1),
                Arbitraries.of(-1, Template.MAX_COST + 1));
    }
}
