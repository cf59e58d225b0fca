package kycert.adapters.lists;

import javax.xml.stream.XMLStreamReader;
import kycert.domain.screening.EntryKind;
import kycert.domain.screening.ListId;
import kycert.domain.screening.ListRecord;

/**
 * The EU Financial Sanctions Files consolidated XML: root {@code export generationDate=…} in namespace
 * {@code http://eu.europa.ec/fpi/fsd/export}, then {@code sanctionEntity logicalId=…} with subjectType code
 * person/enterprise, nameAlias wholeName (first is the name), identification, regulation programme.
 */
final class EuFsfXmlReader extends XmlEntries {

    EuFsfXmlReader(Entry entry) { super(entry); }

    @Override
    protected boolean isEntry(String localName) { return localName.equals("sanctionEntity"); }

    @Override
    protected void outside(XMLStreamReader reader) {
        if (reader.getLocalName().equals("export")) {
            published(PublicationDates.isoDateTime(reader.getAttributeValue(null, "generationDate")));
        }
    }

    @Override
    protected ListRecord map(XmlNode node, long record) {
        String id = node.attribute("logicalId");
        if (id.isEmpty()) throw invalidHere("a sanctionEntity has no logicalId");
        String subject = node.all("subjectType").stream().map(s -> s.attribute("code")).findFirst().orElse("");
        EntryBuilder entry = new EntryBuilder(ListId.EU_FSF, id).kind(kind(subject));
        for (XmlNode alias : node.all("nameAlias")) {
            String whole = alias.attribute("wholeName");
            entry.name(whole.isEmpty() ? String.join(" ", alias.attribute("firstName"), alias.attribute("middleName"), alias.attribute("lastName")) : whole);
        }
        if (!entry.hasName()) throw invalidHere("sanctionEntity " + id + " has no name");
        for (XmlNode identification : node.all("identification")) {
            if (Documents.brazil(identification.attribute("countryIso2Code")) || Documents.brazil(identification.attribute("countryDescription"))) {
                Documents.full(identification.attribute("number")).forEach(entry::document);
            }
        }
        node.all("regulation").forEach(r -> entry.attribute("programme", r.attribute("programme")));
        entry.attribute("eu_reference_number", node.attribute("euReferenceNumber"));
        entry.attribute("un_id", node.attribute("unitedNationId"));
        entry.attribute("designation_date", node.attribute("designationDate"));
        entry.attribute("subject_type", subject);
        return entry.build();
    }

    static EntryKind kind(String subjectType) {
        return switch (EntryBuilder.lower(subjectType)) {
            case "person", "p" -> EntryKind.PERSON;
            case "enterprise", "e" -> EntryKind.ORGANIZATION;
            default -> EntryKind.OTHER;
        };
    }
}
