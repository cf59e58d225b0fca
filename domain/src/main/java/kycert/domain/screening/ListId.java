package kycert.domain.screening;

import io.vavr.control.Option;
import kycert.domain.template.Source;

/** The lists kycert imports from their publishers' files (CONTRACT §8), each feeding one source of a run. */
public enum ListId {
    OFAC_SDN("ofac_sdn", Source.SANCTIONS, true),
    UN_SC("un_sc", Source.SANCTIONS, true),
    EU_FSF("eu_fsf", Source.SANCTIONS, true),
    CEIS("ceis", Source.CEIS, true),
    CNEP("cnep", Source.CEIS, true),
    /** Entities barred from federal grants: companies only. */
    CEPIM("cepim", Source.CEIS, true),
    /** Politically exposed persons: people only; a hit needs review, it does not block. */
    PEP("pep", Source.PEP, false),
    /** Receita Federal's open CNPJ data: the registry status of companies, not a list of hits. */
    RECEITA_CNPJ("receita_cnpj", Source.REGISTRY_STATUS, false);

    private final String wire;
    private final Source source;
    private final boolean blocking;

    ListId(String wire, Source source, boolean blocking) {
        this.wire = wire;
        this.source = source;
        this.blocking = blocking;
    }

    public String wire() { return wire; }

    /** The run source this list answers for. */
    public Source source() { return source; }

    /** Whether a hit on this list blocks a run (sanctions, CEIS/CNEP/CEPIM). */
    public boolean blocking() { return blocking; }

    public static Option<ListId> parse(String wire) {
        for (ListId id : values()) if (id.wire.equals(wire)) return Option.of(id);
        return Option.none();
    }
}
