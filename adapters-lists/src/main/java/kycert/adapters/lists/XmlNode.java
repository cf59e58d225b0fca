package kycert.adapters.lists;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One list entry's XML subtree, small by construction (one entry at a time), by local names. */
final class XmlNode {
    final String name;
    final Map<String, String> attributes = new LinkedHashMap<>();
    final List<XmlNode> children = new ArrayList<>();
    final StringBuilder text = new StringBuilder();

    XmlNode(String name) { this.name = name; }

    String text() { return text.toString().strip(); }

    String attribute(String attribute) { return attributes.getOrDefault(attribute, "").strip(); }

    /** The text of the first child called {@code child}, or empty. */
    String childText(String child) {
        for (XmlNode c : children) if (c.name.equals(child)) return c.text();
        return "";
    }

    List<XmlNode> all(String child) {
        List<XmlNode> found = new ArrayList<>();
        for (XmlNode c : children) if (c.name.equals(child)) found.add(c);
        return found;
    }

    /** Children of every {@code list} child called {@code item} (e.g. {@code akaList/aka}). */
    List<XmlNode> nested(String list, String item) {
        List<XmlNode> found = new ArrayList<>();
        for (XmlNode l : all(list)) found.addAll(l.all(item));
        return found;
    }
}
