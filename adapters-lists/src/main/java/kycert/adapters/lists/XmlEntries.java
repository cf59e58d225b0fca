package kycert.adapters.lists;

import io.vavr.control.Option;
import java.time.Instant;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import kycert.domain.screening.ListRecord;

/**
 * A StAX pull reader of an XML list: entries are the elements with one of the given local names, each read into a
 * small {@link XmlNode} and mapped to a record. DTDs and external entities are off (no XXE, no entity expansion).
 */
abstract class XmlEntries implements RecordCursor {
    private static final int MAX_ENTRY_NODES = 20_000;
    private static final int MAX_TEXT = 1 << 20;

    protected final Entry entry;
    private final XMLStreamReader xml;
    private Option<Instant> published = Option.none();
    private long records;
    private boolean ended;

    XmlEntries(Entry entry) {
        this.entry = entry;
        try {
            // the JDK parser closes its input at the end of the document; the input's tail must still be hashed
            this.xml = factory().createXMLStreamReader(new java.io.FilterReader(XmlEncoding.reader(entry.in(), entry.name())) {
                @Override public void close() { }
            });
        } catch (XMLStreamException | java.io.IOException e) {
            throw Failures.classify(e, entry.name(), "line 1", "not well-formed XML");
        }
    }

    /** True for the local names of the elements that are list entries. */
    protected abstract boolean isEntry(String localName);

    /** Maps one entry; null skips it. */
    protected abstract ListRecord map(XmlNode node, long record);

    /** Sees every element outside entries (root attributes, a publication header). */
    protected void outside(XMLStreamReader reader) throws XMLStreamException { }

    protected final void published(Option<Instant> at) { if (at.isDefined()) published = at; }

    @Override
    public Option<Instant> publishedAt() { return published; }

    @Override
    public ListRecord next() {
        if (ended) return null;
        try {
            while (xml.hasNext()) {
                int event = xml.next();
                if (event != XMLStreamConstants.START_ELEMENT) continue;
                if (isEntry(xml.getLocalName())) {
                    records++;
                    ListRecord record = map(readNode(), records);
                    if (record != null) return record;
                } else {
                    outside(xml);
                }
            }
            ended = true;
            xml.close();
            return null;
        } catch (XMLStreamException e) {
            throw invalid(e, "the XML is not well-formed or is cut short (" + reasonOf(e) + ")");
        } catch (RuntimeException e) {
            if (e instanceof InvalidListFile) throw e;
            throw invalid(e, "the XML could not be read (" + e.getClass().getSimpleName() + ")");
        }
    }

    private XmlNode readNode() throws XMLStreamException {
        java.util.ArrayDeque<XmlNode> stack = new java.util.ArrayDeque<>();
        XmlNode root = start();
        stack.push(root);
        int nodes = 1;
        int textLength = 0;
        while (!stack.isEmpty()) {
            int event = xml.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    if (++nodes > MAX_ENTRY_NODES) throw invalidHere("an entry is far larger than any the publisher writes");
                    XmlNode child = start();
                    stack.peek().children.add(child);
                    stack.push(child);
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    textLength += xml.getTextLength();
                    if (textLength > MAX_TEXT) throw invalidHere("an entry is far larger than any the publisher writes");
                    stack.peek().text.append(xml.getTextCharacters(), xml.getTextStart(), xml.getTextLength());
                }
                case XMLStreamConstants.END_ELEMENT -> stack.pop();
                case XMLStreamConstants.END_DOCUMENT -> throw invalidHere("the XML ends inside an entry");
                default -> { }
            }
        }
        return root;
    }

    private XmlNode start() {
        XmlNode node = new XmlNode(xml.getLocalName());
        for (int i = 0; i < xml.getAttributeCount(); i++) node.attributes.put(xml.getAttributeLocalName(i), xml.getAttributeValue(i));
        return node;
    }

    protected final InvalidListFile invalidHere(String reason) {
        return InvalidListFile.atLine(entry.name(), xml.getLocation().getLineNumber(), reason);
    }

    private RuntimeException invalid(Exception e, String reason) {
        for (Throwable t = e; t != null; t = t.getCause() != null ? t.getCause() : t instanceof XMLStreamException x ? x.getNestedException() : null) {
            if (t instanceof StrictDecoder.BadBytes bad) return InvalidListFile.atLine(entry.name(), bad.line, reason);
        }
        String location = xml != null ? "line " + xml.getLocation().getLineNumber()
                : e instanceof XMLStreamException x && x.getLocation() != null ? "line " + x.getLocation().getLineNumber() : "";
        return Failures.classify(e, entry.name(), location, reason);
    }

    private static String reasonOf(XMLStreamException e) {
        for (Throwable t = e; t != null; t = t.getCause() != null ? t.getCause() : t instanceof XMLStreamException x ? x.getNestedException() : null) {
            if (t instanceof java.io.CharConversionException || t instanceof java.nio.charset.CharacterCodingException) {
                return "bytes that are not in the declared encoding";
            }
            if (t.getCause() == t) break;
        }
        String message = e.getMessage() == null ? "" : e.getMessage();
        int detail = message.indexOf("Message: ");
        String text = detail >= 0 ? message.substring(detail + 9) : message;
        return text.length() > 160 ? text.substring(0, 160) : text;
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        // text arrives in chunks, so that a hostile text node outside the entries is never held whole
        factory.setProperty(XMLInputFactory.IS_COALESCING, false);
        return factory;
    }
}
