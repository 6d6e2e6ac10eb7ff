package org.safkg.refiqda;

import org.safkg.vocab.QDA;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.safkg.provenance.LoadProvenance;
import org.safkg.vocab.PROV;

/**
 * Writes the project document (project.qde) section by section, in the order the schema requires;
 * the code book and the sources have writers of their own.
 */
final class ProjectXmlWriter {
    /** The project document, the source files it names, and what it holds. */
    record Written(byte[] qde, Map<String, byte[]> sourceFiles, int codes, SourcesWriter.Counts counts) {}

    private final StudyView v;
    private final OffsetMode positions;
    private XmlOut out;

    ProjectXmlWriter(StudyView v, OffsetMode positions) {
        this.v = v;
        this.positions = positions;
    }

    Written write(Resource study) {
        try {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(buf, "UTF-8");
            out = new XmlOut(w, v);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("Project");
            w.writeDefaultNamespace(QdaXmlReader.PROJECT_NS);
            w.writeAttribute("name", StudyView.str(study, DCTerms.title, v.iris.studyId()));
            // the origin says how positions count, so that SAF-KG reads its own export back the same way
            w.writeAttribute("origin", "SAF-KG " + LoadProvenance.loaderVersion() + (positions == OffsetMode.UTF16 ? " " + OffsetMode.UTF16_ORIGIN_NOTE : ""));
            ProjectIdentity.writeAttributes(study, w);
            users();
            int codes = new CodebookWriter(v, out).write();
            variables();
            cases();
            SourcesWriter sources = new SourcesWriter(v, out, positions);
            SourcesWriter.Counts counts = sources.write();
            notes();
            links();
            sets();
            out.description(StudyView.str(study, DCTerms.description, null));
            out.noteRefs(study);
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
            return new Written(buf.toByteArray(), sources.files(), codes, counts);
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write QDA-XML: " + e.getMessage(), e);
        }
    }

    private void users() throws XMLStreamException {
        List<Resource> users = v.typed(PROV.Agent);
        if (users.isEmpty()) return;
        out.w.writeStartElement("Users");
        for (Resource u : users) {
            // no name attribute: coders are pseudonymous
            out.w.writeEmptyElement("User");
            out.w.writeAttribute("guid", v.guid(u));
        }
        out.w.writeEndElement();
    }

    private void variables() throws XMLStreamException {
        List<Resource> vars = v.typed(QDA.Variable);
        if (vars.isEmpty()) return;
        out.w.writeStartElement("Variables");
        for (Resource x : vars) {
            String d = StudyView.str(x, DCTerms.description, null);
            out.start("Variable", d == null);
            out.w.writeAttribute("guid", v.guid(x));
            out.w.writeAttribute("name", StudyView.str(x, RDFS.label, ""));
            out.w.writeAttribute("typeOfVariable", StudyView.str(x, QDA.typeOfVariable, "Text"));
            if (d != null) { out.description(d); out.w.writeEndElement(); }
        }
        out.w.writeEndElement();
    }

    private void cases() throws XMLStreamException {
        List<Resource> cases = v.typed(QDA.Case);
        if (cases.isEmpty()) return;
        out.w.writeStartElement("Cases");
        for (Resource c : cases) {
            out.w.writeStartElement("Case");
            out.w.writeAttribute("guid", v.guid(c));
            String name = StudyView.str(c, RDFS.label, null);
            if (name != null) out.w.writeAttribute("name", name);
            out.description(StudyView.str(c, DCTerms.description, null));
            out.refs("CodeRef", c, QDA.caseCode);
            for (Resource value : StudyView.sorted(v.objects(c, QDA.hasValue))) {
                out.w.writeStartElement("VariableValue");
                out.w.writeEmptyElement("VariableRef");
                out.w.writeAttribute("targetGUID", v.guid(value.getPropertyResourceValue(QDA.variable)));
                Statement s = value.getProperty(RDF.value);
                if (s != null) out.element(valueElement(s.getLiteral()), s.getLiteral().getLexicalForm());
                out.w.writeEndElement();
            }
            out.refs("SourceRef", c, QDA.caseSource);
            out.refs("SelectionRef", c, QDA.caseSelection);
            out.w.writeEndElement();
        }
        out.w.writeEndElement();
    }

    private static String valueElement(Literal l) {
        String dt = l.getDatatypeURI();
        if (XSDDatatype.XSDboolean.getURI().equals(dt)) return "BooleanValue";
        if (XSDDatatype.XSDinteger.getURI().equals(dt)) return "IntegerValue";
        if (XSDDatatype.XSDdecimal.getURI().equals(dt)) return "FloatValue";
        if (XSDDatatype.XSDdate.getURI().equals(dt)) return "DateValue";
        if (XSDDatatype.XSDdateTime.getURI().equals(dt)) return "DateTimeValue";
        return "TextValue";
    }

    private void notes() throws XMLStreamException {
        List<Resource> notes = v.typed(QDA.Note);
        if (notes.isEmpty()) return;
        out.w.writeStartElement("Notes");
        for (Resource n : notes) {
            out.w.writeStartElement("Note");
            out.w.writeAttribute("guid", v.guid(n));
            String name = StudyView.str(n, RDFS.label, null);
            if (name != null) out.w.writeAttribute("name", name);
            out.element("PlainTextContent", v.verbatim(n));
            out.w.writeEndElement();
        }
        out.w.writeEndElement();
    }

    private void links() throws XMLStreamException {
        List<Resource> links = v.typed(QDA.Link);
        if (links.isEmpty()) return;
        out.w.writeStartElement("Links");
        for (Resource l : links) {
            out.w.writeStartElement("Link");
            out.w.writeAttribute("guid", v.guid(l));
            for (var a : List.of(Map.entry("name", RDFS.label), Map.entry("direction", QDA.direction), Map.entry("color", QDA.color))) {
                String value = StudyView.str(l, a.getValue(), null);
                if (value != null) out.w.writeAttribute(a.getKey(), value);
            }
            Resource o = l.getPropertyResourceValue(QDA.linkOrigin), t = l.getPropertyResourceValue(QDA.linkTarget);
            if (o != null) out.w.writeAttribute("originGUID", v.guid(o));
            if (t != null) out.w.writeAttribute("targetGUID", v.guid(t));
            out.noteRefs(l);
            out.w.writeEndElement();
        }
        out.w.writeEndElement();
    }

    private void sets() throws XMLStreamException {
        List<Resource> sets = v.typed(QDA.Set);
        if (sets.isEmpty()) return;
        out.w.writeStartElement("Sets");
        for (Resource s : sets) {
            out.w.writeStartElement("Set");
            out.w.writeAttribute("guid", v.guid(s));
            out.w.writeAttribute("name", StudyView.str(s, RDFS.label, ""));
            out.description(StudyView.str(s, DCTerms.description, null));
            List<Resource> members = StudyView.sorted(v.objects(s, RDFS.member));
            for (var kind : List.of(Map.entry("MemberCode", SKOS.Concept), Map.entry("MemberSource", QDA.TextSource), Map.entry("MemberNote", QDA.Note))) {
                for (Resource r : members) {
                    if (!v.study.contains(r, RDF.type, kind.getValue())) continue;
                    out.w.writeEmptyElement(kind.getKey());
                    out.w.writeAttribute("targetGUID", v.guid(r));
                }
            }
            out.w.writeEndElement();
        }
        out.w.writeEndElement();
    }
}
