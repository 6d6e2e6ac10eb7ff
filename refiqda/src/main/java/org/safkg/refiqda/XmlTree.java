package org.safkg.refiqda;

import java.io.ByteArrayInputStream;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.safkg.problems.ProblemId;

/**
 * A small element tree read with StAX, keeping each element's line for error messages. The parser
 * refuses any DOCTYPE outright (so no DTD, no external entity, no entity expansion ever runs) and
 * runs with secure processing on.
 */
public record XmlTree(String namespace, String name, Map<String, String> attributes, List<XmlTree> children,
                      String text, int line) {

    private static final XMLInputFactory FACTORY = newFactory();
    /** QDA-XML nests codes a few levels deep; far deeper is an attack on the stack, not a codebook. */
    static final int MAX_DEPTH = 500;

    private static XMLInputFactory newFactory() {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        f.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        trySet(f, XMLConstants.FEATURE_SECURE_PROCESSING, true);
        trySet(f, XMLConstants.ACCESS_EXTERNAL_DTD, "");
        return f;
    }

    private static void trySet(XMLInputFactory f, String property, Object value) {
        try {
            f.setProperty(property, value);
        } catch (IllegalArgumentException e) {
            // an implementation without this property: the DOCTYPE refusal below still holds
        }
    }

    /** Parses XML bytes; a DOCTYPE or malformed XML is refused with the line it is on. */
    public static XmlTree parse(byte[] xml, Path file) {
        Deque<Builder> stack = new ArrayDeque<>();
        Builder root = null;
        XMLStreamReader r = null;
        try {
            r = FACTORY.createXMLStreamReader(new ByteArrayInputStream(xml));
            while (r.hasNext()) {
                int ev = r.next();
                switch (ev) {
                    case XMLStreamConstants.DTD -> throw QdpxArchive.fail(file, ProblemId.QDA_XML_DTD,
                            "line " + r.getLocation().getLineNumber() + ": has a DOCTYPE declaration, which QDA-XML never uses.",
                            "DTDs and entities are refused because they can read local files or expand without bound; remove the <!DOCTYPE ...> (export again from your QDA tool).");
                    case XMLStreamConstants.ENTITY_REFERENCE -> throw QdpxArchive.fail(file, ProblemId.QDA_XML_DTD,
                            "line " + r.getLocation().getLineNumber() + ": uses the undeclared entity &" + r.getLocalName() + ";.",
                            "Only XML's built-in entities (&amp; &lt; &gt; &quot; &apos;) and character references are allowed.");
                    case XMLStreamConstants.START_ELEMENT -> {
                        Map<String, String> attrs = new LinkedHashMap<>();
                        for (int i = 0; i < r.getAttributeCount(); i++) attrs.put(r.getAttributeLocalName(i), r.getAttributeValue(i));
                        Builder b = new Builder(r.getNamespaceURI(), r.getLocalName(), attrs, r.getLocation().getLineNumber());
                        if (stack.size() >= MAX_DEPTH) throw QdpxArchive.fail(file, ProblemId.QDA_XML_MALFORMED,
                                "line " + b.line + ": elements nest more than " + MAX_DEPTH + " deep.",
                                "No QDA tool writes such a file; export the project again from your QDA tool.");
                        if (stack.isEmpty()) root = b; else stack.peek().children.add(b);
                        stack.push(b);
                    }
                    case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                        if (!stack.isEmpty()) stack.peek().text.append(r.getText());
                    }
                    case XMLStreamConstants.END_ELEMENT -> stack.pop();
                    default -> { }
                }
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() != null ? e.getLocation().getLineNumber() : 0;
            String msg = e.getMessage().replaceFirst("(?s)^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\]\\s*Message:\\s*", "");
            // an undeclared or DTD-declared entity, not "must start and end within the same entity"
            boolean dtd = msg.contains("DOCTYPE") || msg.contains("ENTITY") || msg.matches("(?s).*[Ee]ntity \"[^\"]*\".*");
            throw QdpxArchive.fail(file, dtd ? ProblemId.QDA_XML_DTD : ProblemId.QDA_XML_MALFORMED,
                    "line " + line + ": is not well-formed XML: " + msg.strip(),
                    dtd ? "DTDs and entities are refused; export the project again from your QDA tool."
                        : "The project file is damaged; export the project again from your QDA tool.");
        } finally {
            if (r != null) try { r.close(); } catch (XMLStreamException ignored) { /* already failing or done */ }
        }
        if (root == null) {
            throw QdpxArchive.fail(file, ProblemId.QDA_XML_MALFORMED, "holds no XML element.", "Export the project again from your QDA tool.");
        }
        return root.build();
    }

    /** The first child element with this name, or null. */
    public XmlTree child(String local) {
        for (XmlTree c : children) if (c.name.equals(local)) return c;
        return null;
    }

    /** The child elements with this name. */
    public List<XmlTree> all(String local) {
        List<XmlTree> out = new ArrayList<>();
        for (XmlTree c : children) if (c.name.equals(local)) out.add(c);
        return out;
    }

    /** The children of the first child named {@code container}, named {@code local}. */
    public List<XmlTree> within(String container, String local) {
        XmlTree c = child(container);
        return c == null ? List.of() : c.all(local);
    }

    /** The text of the first child named so, or null. */
    public String childText(String local) {
        XmlTree c = child(local);
        return c == null ? null : c.text;
    }

    public String attr(String local) {
        return attributes.get(local);
    }

    private static final class Builder {
        final String ns;
        final String name;
        final Map<String, String> attrs;
        final int line;
        final List<Builder> children = new ArrayList<>();
        final StringBuilder text = new StringBuilder();

        Builder(String ns, String name, Map<String, String> attrs, int line) {
            this.ns = ns == null ? "" : ns;
            this.name = name;
            this.attrs = attrs;
            this.line = line;
        }

        XmlTree build() {
            List<XmlTree> kids = new ArrayList<>(children.size());
            for (Builder b : children) kids.add(b.build());
            return new XmlTree(ns, name, attrs, kids, children.isEmpty() ? text.toString() : "", line);
        }
    }
}
