package org.safkg.refiqda;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.safkg.provenance.LoadProvenance;
import org.safkg.study.StudyIris;
import org.safkg.vocab.OA;
import org.safkg.vocab.PROV;
import org.safkg.vocab.SAF;

/**
 * Writes a study as a REFI-QDA project (.qdpx: project.qde plus sources/GUID.txt), valid against the
 * Project schema. An imported project comes back with its own GUIDs, texts and positions (code points,
 * as the standard counts), so that importing the export gives the same graphs. A study loaded from a
 * bundle has no source documents: each excerpt becomes a text source of its own, wholly selected and
 * coded with the concepts its annotations apply. GUIDs that the graph lacks are derived from IRIs
 * (name-based UUIDs), so that exporting twice gives the same file content.
 */
public final class QdpxExporter {
    private final StudyIris iris;
    private final Model m;
    private final Model text;
    private final Model all;
    private final Map<String, byte[]> sourceFiles = new LinkedHashMap<>();

    private QdpxExporter(StudyIris iris, Graph study, Graph excerpts, Graph concepts) {
        this.iris = iris;
        this.m = ModelFactory.createModelForGraph(study);
        this.text = ModelFactory.createModelForGraph(excerpts);
        MultiUnion u = new MultiUnion(new Graph[] {study, concepts});
        this.all = ModelFactory.createModelForGraph(u);
    }

    /** What was written. */
    public record Exported(int codes, int sources, int selections, int codings) {}

    /**
     * Exports the study's graphs ({@code concepts} gives labels and nesting of SAF-KG concepts used as
     * codes) to {@code out}, after checking the project against the schema.
     */
    public static Exported export(StudyIris iris, Graph study, Graph excerpts, Graph concepts, Path out) {
        return new QdpxExporter(iris, study, excerpts, concepts).run(out);
    }

    private Exported run(Path out) {
        Resource study = m.getResource(iris.study());
        if (!m.contains(study, RDF.type, SAF.Study)) {
            throw new IllegalArgumentException("there is no study '" + iris.studyId() + "' in the store: load or import it first");
        }
        int[] counts = new int[4];
        byte[] qde;
        try {
            ByteArrayOutputStream buf = new ByteArrayOutputStream();
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(buf, "UTF-8");
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("Project");
            w.writeDefaultNamespace(QdaXmlReader.PROJECT_NS);
            w.writeAttribute("name", str(study, DCTerms.title, iris.studyId()));
            w.writeAttribute("origin", "SAF-KG " + LoadProvenance.loaderVersion());
            writeUsers(w);
            counts[0] = writeCodeBook(w);
            writeVariables(w);
            writeCases(w);
            writeSources(w, counts);
            writeNotes(w);
            writeLinks(w);
            writeSets(w);
            String description = str(study, DCTerms.description, null);
            if (description != null) element(w, "Description", description);
            noteRefs(w, study);
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
            qde = buf.toByteArray();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write QDA-XML: " + e.getMessage(), e);
        }
        List<String> errors = ProjectSchema.bundled().validate(qde);
        if (!errors.isEmpty()) throw new IllegalStateException("the exported project does not validate against the REFI-QDA schema: " + errors);
        writeZip(out, qde);
        return new Exported(counts[0], counts[1], counts[2], counts[3]);
    }

    private void writeZip(Path out, byte[] qde) {
        try {
            Path parent = out.toAbsolutePath().getParent();
            Files.createDirectories(parent);
            Path tmp = Files.createTempFile(parent, ".safkg-export", ".qdpx");
            try (OutputStream os = Files.newOutputStream(tmp); ZipOutputStream zip = new ZipOutputStream(os)) {
                put(zip, "project.qde", qde);
                for (var e : sourceFiles.entrySet()) put(zip, "sources/" + e.getKey(), e.getValue());
            }
            // a half-written archive never replaces a good one
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        ZipEntry e = new ZipEntry(name);
        e.setTime(0); // fixed time: the same study gives the same bytes
        zip.putNextEntry(e);
        zip.write(bytes);
        zip.closeEntry();
    }

    // --- sections, in the schema's order

    private void writeUsers(XMLStreamWriter w) throws XMLStreamException {
        List<Resource> users = sorted(m.listSubjectsWithProperty(RDF.type, PROV.Agent).toList());
        if (users.isEmpty()) return;
        w.writeStartElement("Users");
        for (Resource u : users) {
            // no name attribute: coders are pseudonymous
            w.writeEmptyElement("User");
            w.writeAttribute("guid", guid(u));
        }
        w.writeEndElement();
    }

    private int writeCodeBook(XMLStreamWriter w) throws XMLStreamException {
        Set<Resource> codes = new LinkedHashSet<>(m.listSubjectsWithProperty(SKOS.inScheme, m.getResource(iris.of("concept-scheme", "codebook"))).toList());
        for (Resource a : m.listSubjectsWithProperty(RDF.type, OA.Annotation).toList()) {
            Resource body = a.getPropertyResourceValue(OA.hasBody);
            for (Resource c = body == null ? null : all.getResource(body.getURI()); c != null && codes.add(c); ) {
                c = c.getPropertyResourceValue(SKOS.broader);
            }
        }
        if (codes.isEmpty()) return 0;
        Resource codebook = m.getResource(iris.of("concept-scheme", "codebook"));
        Map<Resource, List<Resource>> children = new LinkedHashMap<>();
        Set<Resource> groups = new LinkedHashSet<>();
        for (Resource c : codes) {
            Resource own = all.getResource(c.getURI());
            Resource parent = own.getPropertyResourceValue(SKOS.broader);
            Resource scheme = own.getPropertyResourceValue(SKOS.inScheme);
            if (parent == null || !codes.contains(parent)) {
                // a SAF-KG concept at the top goes in a folder for its scheme (social skills, conditions...), as a QDA user expects
                parent = scheme != null && !scheme.equals(codebook) ? scheme : null;
                if (parent != null) groups.add(parent);
            }
            children.computeIfAbsent(parent, k -> new ArrayList<>()).add(c);
        }
        List<Resource> roots = new ArrayList<>(children.getOrDefault(null, List.of()));
        roots.addAll(groups);
        w.writeStartElement("CodeBook");
        w.writeStartElement("Codes");
        for (Resource c : byName(roots)) writeCode(w, c, children, groups);
        w.writeEndElement();
        w.writeEndElement();
        return codes.size();
    }

    private void writeCode(XMLStreamWriter w, Resource code, Map<Resource, List<Resource>> children, Set<Resource> groups) throws XMLStreamException {
        Resource c = all.getResource(code.getURI());
        w.writeStartElement("Code");
        w.writeAttribute("guid", guid(c));
        w.writeAttribute("name", str(c, SKOS.prefLabel, str(c, SKOS.notation, c.getURI())));
        Statement codable = c.getProperty(QDA.isCodable);
        w.writeAttribute("isCodable", groups.contains(code) ? "false" : codable == null ? "true" : Boolean.toString(codable.getBoolean()));
        String color = str(c, QDA.color, null);
        if (color != null) w.writeAttribute("color", color);
        String d = str(c, SKOS.definition, null);
        if (d != null) element(w, "Description", d);
        noteRefs(w, c);
        for (Resource k : byName(children.getOrDefault(code, List.of()))) writeCode(w, k, children, groups);
        w.writeEndElement();
    }

    private void writeVariables(XMLStreamWriter w) throws XMLStreamException {
        List<Resource> vars = sorted(m.listSubjectsWithProperty(RDF.type, QDA.Variable).toList());
        if (vars.isEmpty()) return;
        w.writeStartElement("Variables");
        for (Resource v : vars) {
            String d = str(v, DCTerms.description, null);
            start(w, "Variable", d == null);
            w.writeAttribute("guid", guid(v));
            w.writeAttribute("name", str(v, RDFS.label, ""));
            w.writeAttribute("typeOfVariable", str(v, QDA.typeOfVariable, "Text"));
            if (d != null) { element(w, "Description", d); w.writeEndElement(); }
        }
        w.writeEndElement();
    }

    private void writeCases(XMLStreamWriter w) throws XMLStreamException {
        List<Resource> cases = sorted(m.listSubjectsWithProperty(RDF.type, QDA.Case).toList());
        if (cases.isEmpty()) return;
        w.writeStartElement("Cases");
        for (Resource c : cases) {
            w.writeStartElement("Case");
            w.writeAttribute("guid", guid(c));
            String name = str(c, RDFS.label, null);
            if (name != null) w.writeAttribute("name", name);
            String d = str(c, DCTerms.description, null);
            if (d != null) element(w, "Description", d);
            refs(w, "CodeRef", c, QDA.caseCode);
            for (Resource v : sorted(objects(c, QDA.hasValue))) {
                w.writeStartElement("VariableValue");
                w.writeEmptyElement("VariableRef");
                w.writeAttribute("targetGUID", guid(v.getPropertyResourceValue(QDA.variable)));
                Statement value = v.getProperty(RDF.value);
                if (value != null) element(w, valueElement(value.getLiteral()), value.getLiteral().getLexicalForm());
                w.writeEndElement();
            }
            refs(w, "SourceRef", c, QDA.caseSource);
            refs(w, "SelectionRef", c, QDA.caseSelection);
            w.writeEndElement();
        }
        w.writeEndElement();
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

    private void writeSources(XMLStreamWriter w, int[] counts) throws XMLStreamException {
        List<Resource> sources = sorted(m.listSubjectsWithProperty(RDF.type, QDA.TextSource).toList());
        List<Resource> loose = new ArrayList<>();
        for (Resource x : sorted(m.listSubjectsWithProperty(RDF.type, SAF.Excerpt).toList())) {
            if (!x.hasProperty(OA.hasSource)) loose.add(x);
        }
        if (sources.isEmpty() && loose.isEmpty()) return;
        w.writeStartElement("Sources");
        for (Resource s : sources) {
            String body = str(text.getResource(s.getURI()), SAF.verbatimText, "");
            String guid = guid(s);
            startSource(w, guid, str(s, RDFS.label, null), str(s, DCTerms.description, null), body);
            List<Resource> selections = m.listSubjectsWithProperty(OA.hasSource, s).toList();
            selections.sort(Comparator.comparingLong((Resource x) -> position(x, OA.start)).thenComparingLong(x -> position(x, OA.end))
                    .thenComparing(Resource::getURI));
            for (Resource x : selections) {
                writeSelection(w, x, position(x, OA.start), position(x, OA.end), str(x, RDFS.label, null), counts);
            }
            noteRefs(w, s);
            w.writeEndElement();
            counts[1]++;
        }
        for (Resource x : loose) {
            String body = str(text.getResource(x.getURI()), SAF.verbatimText, "");
            String id = str(x, DCTerms.identifier, x.getURI());
            String cited = str(x, SAF.citedAs, null);
            startSource(w, uuid(x.getURI() + "#source"), cited == null ? id : id + " (" + cited + ")", null, body);
            writeSelection(w, x, 0, body.codePointCount(0, body.length()), id, counts);
            w.writeEndElement();
            counts[1]++;
        }
        w.writeEndElement();
    }

    private void startSource(XMLStreamWriter w, String guid, String name, String description, String body) throws XMLStreamException {
        String file = guid + ".txt";
        sourceFiles.put(file, body.getBytes(StandardCharsets.UTF_8));
        w.writeStartElement("TextSource");
        w.writeAttribute("guid", guid);
        if (name != null) w.writeAttribute("name", name);
        w.writeAttribute("plainTextPath", "internal://" + file);
        if (description != null) element(w, "Description", description);
    }

    private void writeSelection(XMLStreamWriter w, Resource x, long start, long end, String name, int[] counts) throws XMLStreamException {
        w.writeStartElement("PlainTextSelection");
        w.writeAttribute("guid", guid(x));
        if (name != null) w.writeAttribute("name", name);
        w.writeAttribute("startPosition", Long.toString(start));
        w.writeAttribute("endPosition", Long.toString(end));
        String d = str(x, DCTerms.description, null);
        if (d != null) element(w, "Description", d);
        for (Resource a : sorted(m.listSubjectsWithProperty(OA.hasTarget, x).toList())) {
            Resource body = a.getPropertyResourceValue(OA.hasBody);
            if (body == null) continue;
            w.writeStartElement("Coding");
            w.writeAttribute("guid", guid(a));
            Resource creator = a.getPropertyResourceValue(DCTerms.creator);
            if (creator != null) w.writeAttribute("creatingUser", guid(creator));
            w.writeEmptyElement("CodeRef");
            w.writeAttribute("targetGUID", guid(all.getResource(body.getURI())));
            noteRefs(w, a);
            w.writeEndElement();
            counts[3]++;
        }
        noteRefs(w, x);
        w.writeEndElement();
        counts[2]++;
    }

    private void writeNotes(XMLStreamWriter w) throws XMLStreamException {
        List<Resource> notes = sorted(m.listSubjectsWithProperty(RDF.type, QDA.Note).toList());
        if (notes.isEmpty()) return;
        w.writeStartElement("Notes");
        for (Resource n : notes) {
            w.writeStartElement("Note");
            w.writeAttribute("guid", guid(n));
            String name = str(n, RDFS.label, null);
            if (name != null) w.writeAttribute("name", name);
            element(w, "PlainTextContent", str(text.getResource(n.getURI()), SAF.verbatimText, ""));
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    private void writeLinks(XMLStreamWriter w) throws XMLStreamException {
        List<Resource> links = sorted(m.listSubjectsWithProperty(RDF.type, QDA.Link).toList());
        if (links.isEmpty()) return;
        w.writeStartElement("Links");
        for (Resource l : links) {
            w.writeStartElement("Link");
            w.writeAttribute("guid", guid(l));
            for (var a : List.of(Map.entry("name", RDFS.label), Map.entry("direction", QDA.direction), Map.entry("color", QDA.color))) {
                String v = str(l, a.getValue(), null);
                if (v != null) w.writeAttribute(a.getKey(), v);
            }
            Resource o = l.getPropertyResourceValue(QDA.linkOrigin), t = l.getPropertyResourceValue(QDA.linkTarget);
            if (o != null) w.writeAttribute("originGUID", guid(o));
            if (t != null) w.writeAttribute("targetGUID", guid(t));
            noteRefs(w, l);
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    private void writeSets(XMLStreamWriter w) throws XMLStreamException {
        List<Resource> sets = sorted(m.listSubjectsWithProperty(RDF.type, QDA.Set).toList());
        if (sets.isEmpty()) return;
        w.writeStartElement("Sets");
        for (Resource s : sets) {
            w.writeStartElement("Set");
            w.writeAttribute("guid", guid(s));
            w.writeAttribute("name", str(s, RDFS.label, ""));
            String d = str(s, DCTerms.description, null);
            if (d != null) element(w, "Description", d);
            List<Resource> members = sorted(objects(s, RDFS.member));
            for (var kind : List.of(Map.entry("MemberCode", SKOS.Concept), Map.entry("MemberSource", QDA.TextSource), Map.entry("MemberNote", QDA.Note))) {
                for (Resource r : members) {
                    if (!m.contains(r, RDF.type, kind.getValue())) continue;
                    w.writeEmptyElement(kind.getKey());
                    w.writeAttribute("targetGUID", guid(r));
                }
            }
            w.writeEndElement();
        }
        w.writeEndElement();
    }

    // --- helpers

    private void noteRefs(XMLStreamWriter w, Resource r) throws XMLStreamException {
        refs(w, "NoteRef", r, QDA.hasNote);
    }

    private void refs(XMLStreamWriter w, String element, Resource r, Property p) throws XMLStreamException {
        for (Resource t : sorted(objects(r, p))) {
            w.writeEmptyElement(element);
            w.writeAttribute("targetGUID", guid(t));
        }
    }

    private List<Resource> objects(Resource r, Property p) {
        List<Resource> out = new ArrayList<>();
        m.listObjectsOfProperty(m.getResource(r.getURI()), p).forEachRemaining(n -> { if (n.isURIResource()) out.add(n.asResource()); });
        return out;
    }

    /** The resource's own GUID (its identifier or, for a code, its notation), else one derived from its IRI. */
    private String guid(Resource r) {
        Resource own = all.getResource(r.getURI());
        for (Property p : List.of(DCTerms.identifier, SKOS.notation)) {
            String g = QdaXmlReader.normaliseGuid(str(own, p, null));
            if (g != null) return g;
        }
        return uuid(r.getURI());
    }

    private static String uuid(String iri) {
        return UUID.nameUUIDFromBytes(iri.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static long position(Resource excerpt, Property p) {
        Resource sel = excerpt.getPropertyResourceValue(OA.hasSelector);
        return sel == null || !sel.hasProperty(p) ? 0 : sel.getProperty(p).getLong();
    }

    private static String str(Resource r, Property p, String dflt) {
        Statement s = r.getProperty(p);
        if (s == null) return dflt;
        RDFNode o = s.getObject();
        return o.isLiteral() ? o.asLiteral().getLexicalForm() : o.toString();
    }

    private static void element(XMLStreamWriter w, String name, String content) throws XMLStreamException {
        w.writeStartElement(name);
        w.writeCharacters(content);
        w.writeEndElement();
    }

    private static void start(XMLStreamWriter w, String name, boolean empty) throws XMLStreamException {
        if (empty) w.writeEmptyElement(name); else w.writeStartElement(name);
    }

    private static List<Resource> sorted(List<Resource> list) {
        List<Resource> out = new ArrayList<>(list);
        out.sort(Comparator.comparing(Resource::getURI));
        return out;
    }

    private List<Resource> byName(List<Resource> codes) {
        List<Resource> out = new ArrayList<>(codes);
        out.sort(Comparator.comparing((Resource c) -> str(all.getResource(c.getURI()), SKOS.prefLabel, "")).thenComparing(Resource::getURI));
        return out;
    }
}
