package kycert.adapters.lists;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Option;
import kycert.domain.document.Cnpj;
import kycert.domain.document.Cpf;
import kycert.domain.document.DocumentArbitraries;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** How the lists' document cells become what matching compares. */
class DocumentsProperties {

    @Property
    void aMaskedCpf_keepsExactlyItsSixVisibleDigits(@ForAll("cpfs") Cpf cpf) {
        assertThat(Documents.masked(cpf.masked())).isEqualTo(Option.of(cpf.value().substring(3, 9)));
        assertThat(Documents.full(cpf.masked())).as("a masked CPF is never a full document").isEmpty();
    }

    @Property
    void aFullDocument_asFormattedOrBare_isNormalized(@ForAll("cpfs") Cpf cpf, @ForAll("cnpjs") Cnpj cnpj) {
        assertThat(Documents.full(cpf.formatted())).isEqualTo(Option.of(cpf.value()));
        assertThat(Documents.full(cpf.value())).isEqualTo(Option.of(cpf.value()));
        assertThat(Documents.full(cnpj.formatted())).isEqualTo(Option.of(cnpj.value()));
        assertThat(Documents.masked(cnpj.formatted())).isEmpty();
    }

    @Property
    void aBrazilianTaxIdInOfacRemarks_isFound_andAnotherCountrysIsNot(@ForAll("cnpjs") Cnpj cnpj, @ForAll("countries") String country) {
        String remarks = "Organization Established Date 04 Aug 2021; Tax ID No. " + cnpj.value() + " (" + country + "); Linked To: X.";

        assertThat(Documents.inRemarks(remarks)).isEqualTo(country.equals("Brazil") ? java.util.List.of(cnpj.value()) : java.util.List.of());
    }

    @Provide
    Arbitrary<Cpf> cpfs() { return DocumentArbitraries.cpfs(); }

    @Provide
    Arbitrary<Cnpj> cnpjs() { return DocumentArbitraries.cnpjs(); }

    @Provide
    Arbitrary<String> countries() { return Arbitraries.of("Brazil", "Russia", "Venezuela", "Panama"); }
}
