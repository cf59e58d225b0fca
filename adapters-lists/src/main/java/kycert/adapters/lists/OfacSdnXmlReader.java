package kycert.adapters.lists;

import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import kycert.domain.screening.EntryKind;
import kycert.domain.screening.ListId;
import kycert.domain.screening.ListRecord;

/**
 * OFAC's {@code SDN.XML}: {@code sdnList/publshInformation/Publish_Date} (the publisher's spelling), then
 * {@code sdnEntry} with uid, firstName, lastName, sdnType, programList, akaList/aka, idList/id. Names are written as
 * in {@code sdn.csv} ({@code LAST, First}) so both formats give the same entries.
 */
final class OfacSdnXmlReader extends XmlEntries {

    OfacSdnXmlReader(Entry entry) { super(entry); }

    @Override
    protected boolean isEntry(String localName) { return localName.equals("sdnEntry"); }

    @Override
    protected void outside(XMLStreamReader reader) throws XMLStreamException {
        if (reader.getLocalName().equals("Publish_Date")) published(PublicationDates.usDate(reader.getElementText()));
    }

    @Override
    protected ListRecord map(XmlNode sdn, long record) {
        String uid = sdn.childText("uid");
        if (uid.isEmpty()) throw invalidHere("an sdnEntry has no uid");
        EntryBuilder entry = new EntryBuilder(ListId.OFAC_SDN, uid)
                .kind(kind(sdn.childText("sdnType")))
                .name(name(sdn.childText("lastName"), sdn.childText("firstName")));
        if (!entry.hasName()) throw invalidHere("sdnEntry " + uid + " has no name");
        for (XmlNode aka : sdn.nested("akaList", "aka")) entry.alias(name(aka.childText("lastName"), aka.childText("firstName")));
        for (XmlNode id : sdn.nested("idList", "id")) {
            String type = id.childText("idType");
            if (Documents.brazil(id.childText("idCountry")) || type.contains("CPF") || type.contains("CNPJ")) {
                Documents.full(id.childText("idNumber")).forEach(entry::document);
            }
        }
        sdn.nested("programList", "program").forEach(p -> entry.attribute("programs", p.text()));
        entry.attribute("type", sdn.childText("sdnType"));
        entry.attribute("title", sdn.childText("title"));
        entry.attribute("remarks", sdn.childText("remarks"));
        Documents.inRemarks(sdn.childText("remarks")).forEach(entry::document);
        return entry.build();
    }

    static String name(String last, String first) {
        String l = EntryBuilder.clean(last);
        String f = EntryBuilder.clean(first);
        if (f.isEmpty()) return l;
        return l.isEmpty() ? f : l + ", " + f;
    }

    static EntryKind kind(String sdnType) {
        return switch (EntryBuilder.lower(sdnType)) {
            case "individual" -> EntryKind.PERSON;
            case "entity", "" -> EntryKind.ORGANIZATION;
            default -> EntryKind.OTHER;
        };
    }
}
