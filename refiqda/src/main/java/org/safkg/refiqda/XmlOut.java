package org.safkg.refiqda;

import org.safkg.vocab.QDA;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;

/** The QDA-XML writing steps every section of an export repeats: text elements and GUID references. */
final class XmlOut {
    final XMLStreamWriter w;
    private final StudyView view;

    XmlOut(XMLStreamWriter w, StudyView view) {
        this.w = w;
        this.view = view;
    }

    void element(String name, String content) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(content);
        w.writeEndElement();
    }

    /** An element that will have children, or an empty one. */
    void start(String name, boolean empty) throws XMLStreamException {
        if (empty) w.writeEmptyElement(name); else w.writeStartElement(name);
    }

    /** A Description element, if there is a description. */
    void description(String d) throws XMLStreamException {
        if (d != null) element("Description", d);
    }

    void noteRefs(Resource r) throws XMLStreamException {
        refs("NoteRef", r, QDA.hasNote);
    }

    /** One {@code element targetGUID=...} per object of {@code p}, in IRI order. */
    void refs(String element, Resource r, Property p) throws XMLStreamException {
        for (Resource t : StudyView.sorted(view.objects(r, p))) {
            w.writeEmptyElement(element);
            w.writeAttribute("targetGUID", view.guid(t));
        }
    }
}
