package org.safkg.refiqda;

import org.safkg.vocab.QDA;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.xml.stream.XMLStreamException;

import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.OA;

/**
 * Writes the CodeBook: the study's own codes and every SAF-KG concept an annotation applies, nested by
 * skos:broader; a SAF-KG concept at the top goes into a non-codable folder named after its scheme.
 */
final class CodebookWriter {
    private final StudyView v;
    private final XmlOut out;

    CodebookWriter(StudyView v, XmlOut out) {
        this.v = v;
        this.out = out;
    }

    /** Writes the CodeBook, if there is any code, and returns the number of codes. */
    int write() throws XMLStreamException {
        Resource codebook = v.study.getResource(v.iris.of("concept-scheme", "codebook"));
        Set<Resource> codes = new LinkedHashSet<>(v.study.listSubjectsWithProperty(SKOS.inScheme, codebook).toList());
        for (Resource a : v.study.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, OA.Annotation).toList()) {
            Resource body = a.getPropertyResourceValue(OA.hasBody);
            for (Resource c = body == null ? null : v.all.getResource(body.getURI()); c != null && codes.add(c); ) {
                c = c.getPropertyResourceValue(SKOS.broader);
            }
        }
        if (codes.isEmpty()) return 0;
        Map<Resource, List<Resource>> children = new LinkedHashMap<>();
        Set<Resource> groups = new LinkedHashSet<>();
        for (Resource c : codes) {
            Resource own = v.all.getResource(c.getURI());
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
        out.w.writeStartElement("CodeBook");
        out.w.writeStartElement("Codes");
        for (Resource c : v.byName(roots)) writeCode(c, children, groups);
        out.w.writeEndElement();
        out.w.writeEndElement();
        return codes.size();
    }

    private void writeCode(Resource code, Map<Resource, List<Resource>> children, Set<Resource> groups) throws XMLStreamException {
        Resource c = v.all.getResource(code.getURI());
        out.w.writeStartElement("Code");
        out.w.writeAttribute("guid", v.guid(c));
        out.w.writeAttribute("name", StudyView.str(c, SKOS.prefLabel, StudyView.str(c, SKOS.notation, c.getURI())));
        Statement codable = c.getProperty(QDA.isCodable);
        out.w.writeAttribute("isCodable", groups.contains(code) ? "false" : codable == null ? "true" : Boolean.toString(codable.getBoolean()));
        String color = StudyView.str(c, QDA.color, null);
        if (color != null) out.w.writeAttribute("color", color);
        out.description(StudyView.str(c, SKOS.definition, null));
        out.noteRefs(c);
        for (Resource k : v.byName(children.getOrDefault(code, List.of()))) writeCode(k, children, groups);
        out.w.writeEndElement();
    }
}
