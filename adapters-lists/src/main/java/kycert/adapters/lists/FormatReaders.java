package kycert.adapters.lists;

import kycert.domain.screening.ListId;

/** The reader of each layout, after checking that the file's layout is one of the asked list's. */
final class FormatReaders {
    private FormatReaders() {}

    static RecordCursor open(ListId list, Entry entry) {
        PublishedFormat format = accepted(list, entry);
        return switch (format) {
            case OFAC_SDN_XML -> new OfacSdnXmlReader(entry);
            case UN_XML -> new UnConsolidatedXmlReader(entry);
            case EU_XML -> new EuFsfXmlReader(entry);
            case EU_CSV -> new EuFsfCsvReader(entry);
            case CEIS_CSV, CNEP_CSV, CEPIM_CSV, PEP_CSV -> new CguCsvReader(entry, CguLayout.of(list));
            case RECEITA_ESTABELECIMENTOS -> ReceitaCnpjReader.establishments(entry);
            case RECEITA_EMPRESAS -> ReceitaCnpjReader.companies(entry);
            case OFAC_ADVANCED_XML, OFAC_SDN_CSV, OFAC_ALT_CSV, OFAC_ADD_CSV, OFAC_COMMENTS_CSV ->
                    throw new IllegalStateException("OFAC files are read by OfacSdnReader");
        };
    }

    /** The entry's layout when it belongs to {@code list}; otherwise a refusal that says what the file looks like. */
    static PublishedFormat accepted(ListId list, Entry entry) {
        if (entry.format().isEmpty()) {
            throw entry.refused("not a file of list " + list.wire() + ": its first bytes match none of the published layouts"
                    + " (wrong file, or a header that is not as published)");
        }
        PublishedFormat format = entry.format().get();
        if (format.list() != list) {
            throw entry.refused("this is " + format.description() + ", not a file of list " + list.wire());
        }
        if (format == PublishedFormat.OFAC_ADVANCED_XML) {
            throw entry.refused("SDN_ADVANCED.XML is not read yet: send SDN.XML or the CSV set (sdn.csv, alt.csv)");
        }
        return format;
    }
}
