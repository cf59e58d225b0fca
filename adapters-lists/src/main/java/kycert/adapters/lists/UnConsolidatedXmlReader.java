package kycert.adapters.lists;

import javax.xml.stream.XMLStreamReader;
import kycert.domain.screening.EntryKind;
import kycert.domain.screening.ListId;
import kycert.domain.screening.ListRecord;

/**
 * The UN Security Council consolidated list: root {@code CONSOLIDATED_LIST dateGenerated=…}, then
 * {@code INDIVIDUALS/INDIVIDUAL} (DATAID, FIRST_NAME … FOURTH_NAME, UN_LIST_TYPE, REFERENCE_NUMBER, LISTED_ON,
 * INDIVIDUAL_ALIAS/ALIAS_NAME, INDIVIDUAL_DOCUMENT) and {@code ENTITIES/ENTITY} (FIRST_NAME is the name, ENTITY_ALIAS).
 */
final class UnConsolidatedXmlReader extends XmlEntries {

    UnConsolidatedXmlReader(Entry entry) { super(entry); }

    @Override
    protected boolean isEntry(String localName) { return localName.equals("INDIVIDUAL") || localName.equals("ENTITY"); }

    @Override
    protected void outside(XMLStreamReader reader) {
        if (reader.getLocalName().equals("CONSOLIDATED_LIST")) {
            published(PublicationDates.isoDateTime(reader.getAttributeValue(null, "dateGenerated")));
        }
    }

    @Override
    protected ListRecord map(XmlNode node, long record) {
        String id = node.childText("DATAID");
        if (id.isEmpty()) throw invalidHere("an " + node.name + " has no DATAID");
        boolean person = node.name.equals("INDIVIDUAL");
        EntryBuilder entry = new EntryBuilder(ListId.UN_SC, id).kind(person ? EntryKind.PERSON : EntryKind.ORGANIZATION);
        entry.name(String.join(" ", node.childText("FIRST_NAME"), node.childText("SECOND_NAME"),
                node.childText("THIRD_NAME"), node.childText("FOURTH_NAME")));
        if (!entry.hasName()) throw invalidHere(node.name + " " + id + " has no name");
        for (XmlNode alias : node.all(person ? "INDIVIDUAL_ALIAS" : "ENTITY_ALIAS")) entry.alias(alias.childText("ALIAS_NAME"));
        entry.alias(node.childText("NAME_ORIGINAL_SCRIPT"));
        for (XmlNode doc : node.all("INDIVIDUAL_DOCUMENT")) {
            String type = doc.childText("TYPE_OF_DOCUMENT");
            if (Documents.brazil(doc.childText("ISSUING_COUNTRY")) || type.contains("CPF") || type.contains("CNPJ")) {
                Documents.full(doc.childText("NUMBER")).forEach(entry::document);
            }
        }
        entry.attribute("list_type", node.childText("UN_LIST_TYPE"));
        entry.attribute("reference_number", node.childText("REFERENCE_NUMBER"));
        entry.attribute("listed_on", node.childText("LISTED_ON"));
        entry.attribute("comments", node.childText("COMMENTS1"));
        return entry.build();
    }
}
