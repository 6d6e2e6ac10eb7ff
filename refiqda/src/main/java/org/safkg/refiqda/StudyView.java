package org.safkg.refiqda;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.compose.MultiUnion;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.SKOS;
import org.safkg.study.StudyIris;
import org.safkg.vocab.SAF;

/**
 * A study's graphs as the exporter reads them: the study graph, its restricted texts, and the study
 * graph joined with the SAF-KG concepts (for the labels of concepts used as codes); with the GUID,
 * literal and ordering rules every part of the export shares, so that exporting twice gives the same bytes.
 */
final class StudyView {
    final StudyIris iris;
    /** The study graph. */
    final Model study;
    /** The study graph and the SAF-KG concepts. */
    final Model all;
    private final Model texts;

    StudyView(StudyIris iris, Graph study, Graph excerpts, Graph concepts) {
        this.iris = iris;
        this.study = ModelFactory.createModelForGraph(study);
        this.texts = ModelFactory.createModelForGraph(excerpts);
        this.all = ModelFactory.createModelForGraph(new MultiUnion(new Graph[] {study, concepts}));
    }

    /** The verbatim text of a source, excerpt or note, or "" if the excerpts graph has none. */
    String verbatim(Resource r) {
        return str(texts.getResource(r.getURI()), SAF.verbatimText, "");
    }

    /** The resource's own GUID (its identifier or, for a code, its notation), else one derived from its IRI. */
    String guid(Resource r) {
        Resource own = all.getResource(r.getURI());
        for (Property p : List.of(DCTerms.identifier, SKOS.notation)) {
            String g = QdaXmlReader.normaliseGuid(str(own, p, null));
            if (g != null) return g;
        }
        return uuid(r.getURI());
    }

    /** A name-based UUID: the same IRI always gives the same GUID. */
    static String uuid(String iri) {
        return UUID.nameUUIDFromBytes(iri.getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The IRI-valued objects of a property, read in the study graph. */
    List<Resource> objects(Resource r, Property p) {
        List<Resource> out = new ArrayList<>();
        study.listObjectsOfProperty(study.getResource(r.getURI()), p).forEachRemaining(n -> { if (n.isURIResource()) out.add(n.asResource()); });
        return out;
    }

    /** The subjects of a type in the study graph, by IRI. */
    List<Resource> typed(Resource type) {
        return sorted(study.listSubjectsWithProperty(org.apache.jena.vocabulary.RDF.type, type).toList());
    }

    /** A literal's lexical form (or a resource's IRI), or {@code dflt}. */
    static String str(Resource r, Property p, String dflt) {
        Statement s = r.getProperty(p);
        if (s == null) return dflt;
        RDFNode o = s.getObject();
        return o.isLiteral() ? o.asLiteral().getLexicalForm() : o.toString();
    }

    static List<Resource> sorted(List<Resource> list) {
        List<Resource> out = new ArrayList<>(list);
        out.sort(Comparator.comparing(Resource::getURI));
        return out;
    }

    /** Codes in the order a QDA tool lists them: by label, then IRI. */
    List<Resource> byName(List<Resource> codes) {
        List<Resource> out = new ArrayList<>(codes);
        out.sort(Comparator.comparing((Resource c) -> str(all.getResource(c.getURI()), SKOS.prefLabel, "")).thenComparing(Resource::getURI));
        return out;
    }
}
