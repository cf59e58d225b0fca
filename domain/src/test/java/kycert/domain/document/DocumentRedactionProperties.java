package kycert.domain.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/** The one rule that masks documents in free text (audit details, every log line). */
class DocumentRedactionProperties {

    /**
     * Documents, bare or formatted, one after the other with any punctuation between them — including the
     * separators a document itself uses, so {@code 52998224725-11144477735} loses both — never survive.
     */
    @Property
    void everyDocumentInAText_isMasked(@ForAll("documents") @Size(min = 1, max = 4) List<Document> documents,
                                       @ForAll("formatted") @Size(4) List<Boolean> formatted,
                                       @ForAll("between") @Size(5) List<String> between) {
        StringBuilder text = new StringBuilder(between.get(0));
        for (int i = 0; i < documents.size(); i++) {
            Document d = documents.get(i);
            text.append(formatted.get(i) ? d.formatted() : d.value()).append(between.get(i + 1));
        }

        String redacted = DocumentRedaction.redact(text.toString());

        for (Document d : documents) assertThat(redacted).doesNotContain(d.value()).doesNotContain(d.formatted());
    }

    @Property
    void identifiersThatAreNotDocuments_areLeftAsTheyAre(@ForAll("uuids") UUID id, @ForAll("epochMillis") long millis) {
        String text = "run " + id + " at " + millis + " (" + id.toString().toUpperCase() + ")";
        assertThat(DocumentRedaction.redact(text)).isEqualTo(text);
    }

    @Example
    void aDocumentRunningIntoANumber_isStillMasked() {
        assertThat(DocumentRedaction.redact("doc=52998224725-2026 cnpj=11.222.333/0001-81/7"))
                .isEqualTo("doc=***-2026 cnpj=***/7");
    }

    @Provide
    Arbitrary<List<Document>> documents() {
        return DocumentArbitraries.documents().list();
    }

    @Provide
    Arbitrary<List<Boolean>> formatted() {
        return Arbitraries.of(true, false).list();
    }

    /** Punctuation and letters between documents, never a digit or a letter touching one. */
    @Provide
    Arbitrary<List<String>> between() {
        Arbitrary<String> word = Arbitraries.strings().alpha().ofMaxLength(8);
        Arbitrary<Character> mark = Arbitraries.of(' ', '"', '\'', '(', ')', '=', ':', ',', ';', '.', '-', '/', '\n');
        return Arbitraries.oneOf(mark.map(String::valueOf), mark.flatMap(open -> word.flatMap(w -> mark.map(close -> open + w + close))))
                .list();
    }

    @Provide
    Arbitrary<UUID> uuids() {
        return Arbitraries.longs().flatMap(high -> Arbitraries.longs().map(low -> new UUID(high, low)));
    }

    @Provide
    Arbitrary<Long> epochMillis() {
        return Arbitraries.longs().between(1_000_000_000_000L, 9_999_999_999_999L);
    }
}
