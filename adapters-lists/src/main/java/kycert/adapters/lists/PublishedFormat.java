package kycert.adapters.lists;

import io.vavr.control.Option;
import kycert.domain.screening.ListId;

/** The file layouts kycert reads, each belonging to one list, as recognised from a file's first bytes. */
enum PublishedFormat {
    OFAC_SDN_XML(ListId.OFAC_SDN, "an OFAC SDN.XML file"),
    OFAC_ADVANCED_XML(ListId.OFAC_SDN, "an OFAC SDN_ADVANCED.XML file"),
    OFAC_SDN_CSV(ListId.OFAC_SDN, "an OFAC sdn.csv file"),
    OFAC_ALT_CSV(ListId.OFAC_SDN, "an OFAC alt.csv file"),
    OFAC_ADD_CSV(ListId.OFAC_SDN, "an OFAC add.csv file"),
    OFAC_COMMENTS_CSV(ListId.OFAC_SDN, "an OFAC sdn_comments.csv file"),
    UN_XML(ListId.UN_SC, "a UN Security Council consolidated list XML"),
    EU_XML(ListId.EU_FSF, "an EU FSF consolidated list XML"),
    EU_CSV(ListId.EU_FSF, "an EU FSF consolidated list CSV"),
    CEIS_CSV(ListId.CEIS, "a CGU CEIS CSV"),
    CNEP_CSV(ListId.CNEP, "a CGU CNEP CSV"),
    CEPIM_CSV(ListId.CEPIM, "a CGU CEPIM CSV"),
    PEP_CSV(ListId.PEP, "a CGU PEP CSV"),
    RECEITA_ESTABELECIMENTOS(ListId.RECEITA_CNPJ, "a Receita Federal Estabelecimentos file"),
    RECEITA_EMPRESAS(ListId.RECEITA_CNPJ, "a Receita Federal Empresas file");

    private final ListId list;
    private final String description;

    PublishedFormat(ListId list, String description) {
        this.list = list;
        this.description = description;
    }

    ListId list() { return list; }

    String description() { return description; }

    /** What a file is, or none when its first bytes match no published layout. */
    static Option<PublishedFormat> recognise(byte[] head, int length) {
        return Recognizer.recognise(head, length);
    }
}
