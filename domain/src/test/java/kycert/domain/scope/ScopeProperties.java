package kycert.domain.scope;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import kycert.domain.error.ErrorCode;
import kycert.domain.scope.ScopeArbitraries.UnknownName;
import kycert.domain.scope.ScopeArbitraries.WireName;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

/** Scope parsing: the three wire names and nothing else, in any number, order and repetition. */
class ScopeProperties {

    @Property
    void everyScope_parsesFromItsWireName(@ForAll Scope scope) {
        assertThat(Scope.parse(scope.wire())).contains(scope);
    }

    @Property(tries = 300)
    void anyNonEmptyListOfWireNames_grantsExactlyTheScopesNamed(
            @ForAll @Size(min = 1, max = 8) List<@From(supplier = WireName.class) String> names) {
        Set<Scope> expected = EnumSet.noneOf(Scope.class);
        names.forEach(n -> expected.add(Scope.parse(n).get()));

        assertThat(Scope.parseAll(names)).isEqualTo(Either.right(expected));
    }

    @Property(tries = 500)
    void anUnknownName_isNotAScope(@ForAll(supplier = UnknownName.class) String name) {
        assertThat(Scope.parse(name)).isEmpty();
    }

    @Property(tries = 500)
    void oneUnknownName_anywhereInTheList_isRefusedNamingIt(
            @ForAll @Size(max = 5) List<@From(supplier = WireName.class) String> known,
            @ForAll(supplier = UnknownName.class) String unknown,
            @ForAll int where) {
        List<String> names = new ArrayList<>(known);
        names.add(Math.floorMod(where, known.size() + 1), unknown);

        var error = Scope.parseAll(names).getLeft();
        assertThat(error.code()).isEqualTo(ErrorCode.INVALID_SCOPE);
        assertThat(error.message()).startsWith("Unknown scope \"" + unknown + "\";");
        assertThat(error.param()).contains("scopes");
    }

    @Property
    void require_passesExactlyWhenTheGrantedSetHoldsTheNeededScope(@ForAll Set<Scope> granted, @ForAll Scope needed) {
        assertThat(Scope.require(granted, needed).isRight()).isEqualTo(granted.contains(needed));
    }
}
