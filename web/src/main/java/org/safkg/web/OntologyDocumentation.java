package org.safkg.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.safkg.ontology.OntologyFiles;
import org.safkg.vocab.Namespaces;
import org.safkg.vocab.SAF;

/**
 * Builds the ontology documentation from the ontology files on the class path when the server starts:
 * nothing in it is written by hand, so it cannot drift from the ontology.
 */
final class OntologyDocumentation {
    private static final String SH = "http://www.w3.org/ns/shacl#";
    private static final PrefixMapping PREFIXES = Namespaces.prefixMapping();

    private OntologyDocumentation() {}

    static OntologyPage build(boolean researcher, String patternSvg) {
        Model m = ModelFactory.createModelForGraph(OntologyFiles.ontologyAndConcepts());
        Model shapes = ModelFactory.createModelForGraph(OntologyFiles.shapes());
        Resource ont = m.getResource(Namespaces.ONTOLOGY);
        List<OntologyPage.Term> classes = new ArrayList<>();
        for (Resource c : sorted(m.listSubjectsWithProperty(RDF.type, OWL.Class).toList())) {
            if (!c.isURIResource() || !c.getURI().startsWith(SAF.NS)) continue;
            classes.add(new OntologyPage.Term(c.getLocalName(), c.getURI(), label(c), "class", text(c, SKOS.definition), text(c, RDFS.comment),
                    values(m, objects(c, RDFS.subClassOf)), values(m, subjects(m, RDFS.subClassOf, c)), List.of(), List.of()));
        }
        List<OntologyPage.Term> properties = new ArrayList<>();
        Set<Resource> props = new LinkedHashSet<>();
        for (Resource type : List.of(OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)) props.addAll(m.listSubjectsWithProperty(RDF.type, type).toList());
        for (Resource p : sorted(new ArrayList<>(props))) {
            if (!p.isURIResource() || !p.getURI().startsWith(SAF.NS)) continue;
            String kind = p.hasProperty(RDF.type, OWL.ObjectProperty) ? "object property"
                    : p.hasProperty(RDF.type, OWL.DatatypeProperty) ? "datatype property" : "annotation property";
            properties.add(new OntologyPage.Term(p.getLocalName(), p.getURI(), label(p), kind, text(p, SKOS.definition), text(p, RDFS.comment),
                    values(m, objects(p, RDFS.subPropertyOf)), values(m, subjects(m, RDFS.subPropertyOf, p)),
                    values(m, objects(p, RDFS.domain)), values(m, objects(p, RDFS.range))));
        }
        List<OntologyPage.Scheme> schemes = new ArrayList<>();
        for (Resource s : sorted(m.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).toList())) {
            List<OntologyPage.ConceptNode> top = new ArrayList<>();
            Set<Resource> tops = new LinkedHashSet<>(objects(s, SKOS.hasTopConcept));
            tops.addAll(subjects(m, SKOS.topConceptOf, s));
            for (Resource c : sorted(new ArrayList<>(tops))) top.add(tree(m, c, new LinkedHashSet<>()));
            List<String> sources = s.listProperties(DCTerms.source).toList().stream().map(st -> st.getObject().isLiteral()
                    ? st.getString() : st.getResource().getURI()).sorted().toList();
            String notation = s.hasProperty(SKOS.notation) ? s.getProperty(SKOS.notation).getString() : s.getLocalName();
            schemes.add(new OntologyPage.Scheme("scheme-" + notation, value(m, s), text(s, SKOS.definition), sources, top));
        }
        List<OntologyPage.Shape> shapeList = new ArrayList<>();
        Property targetClass = shapes.createProperty(SH + "targetClass");
        Property message = shapes.createProperty(SH + "message");
        Property property = shapes.createProperty(SH + "property");
        for (Resource s : sorted(shapes.listSubjectsWithProperty(RDF.type, shapes.createResource(SH + "NodeShape")).toList())) {
            List<String> reqs = s.listProperties(property).toList().stream().map(Statement::getResource)
                    .filter(ps -> ps.hasProperty(message)).map(ps -> ps.getProperty(message).getString()).sorted().toList();
            String name = s.isURIResource() ? s.getLocalName() : "shape";
            shapeList.add(new OntologyPage.Shape("shape-" + name, name, values(m, objects(s, targetClass)),
                    s.hasProperty(message) ? s.getProperty(message).getString() : null, reqs));
        }
        List<Link> namespaces = List.of(new Link("saf: " + SAF.NS + " (the ontology's classes and properties: hash IRIs, this page)", "/ontology"),
                new Link("safc: " + Namespaces.CONCEPT + " (SKOS concepts, one page each)", "/ontology#schemes"),
                new Link(Namespaces.STUDY + "{study}/{kind}/{id} (a study's sites, actors, episodes, excerpts, statements, observations)", "/"),
                new Link(Namespaces.GRAPH + "{study}[/excerpts|/provenance] (named graphs)", "/"));
        return new OntologyPage(researcher, label(ont), text(ont, DCTerms.description), text(ont, OWL.versionInfo), patternSvg,
                classes, properties, schemes, shapeList, namespaces);
    }

    private static OntologyPage.ConceptNode tree(Model m, Resource c, Set<Resource> seen) {
        seen.add(c);
        Set<Resource> narrower = new LinkedHashSet<>(objects(c, SKOS.narrower));
        narrower.addAll(subjects(m, SKOS.broader, c));
        List<OntologyPage.ConceptNode> kids = new ArrayList<>();
        for (Resource n : sorted(new ArrayList<>(narrower))) if (!seen.contains(n)) kids.add(tree(m, n, seen));
        return new OntologyPage.ConceptNode(value(m, c), text(c, SKOS.definition), kids);
    }

    private static List<Resource> objects(Resource s, Property p) {
        return s.listProperties(p).toList().stream().map(Statement::getObject).filter(RDFNode::isResource).map(RDFNode::asResource).toList();
    }

    private static List<Resource> subjects(Model m, Property p, Resource o) {
        return m.listSubjectsWithProperty(p, o).toList();
    }

    private static List<Value> values(Model m, List<Resource> rs) {
        return sorted(new ArrayList<>(rs)).stream().map(r -> value(m, r)).toList();
    }

    private static Value value(Model m, Resource r) {
        if (!r.isURIResource()) return new Value(owlExpression(r), null);
        Resource inModel = m.getResource(r.getURI());
        String href = LinkedDataPaths.pathOf(r.getURI()).orElse(r.getURI());
        return new Value(inModel.hasProperty(RDFS.label) || inModel.hasProperty(SKOS.prefLabel) ? label(inModel) : PREFIXES.shortForm(r.getURI()), href);
    }

    /** A blank class expression (e.g. a union) in short words. */
    private static String owlExpression(Resource r) {
        if (r.hasProperty(OWL.unionOf)) {
            List<String> parts = new ArrayList<>();
            r.getProperty(OWL.unionOf).getList().iterator().forEachRemaining(n -> parts.add(n.isURIResource() ? PREFIXES.shortForm(n.asResource().getURI()) : "…"));
            return String.join(" or ", parts);
        }
        return "(class expression)";
    }

    private static String label(Resource r) {
        for (Property p : List.of(SKOS.prefLabel, RDFS.label, DCTerms.title)) {
            Statement st = r.getProperty(p, "en");
            if (st == null) st = r.getProperty(p);
            if (st != null) return st.getString();
        }
        return r.isURIResource() ? PREFIXES.shortForm(r.getURI()) : "";
    }

    private static String text(Resource r, Property p) {
        Statement st = r.getProperty(p, "en");
        if (st == null) st = r.getProperty(p);
        return st == null ? null : st.getObject().isLiteral() ? st.getString() : st.getResource().toString();
    }

    private static <T extends Resource> List<T> sorted(List<T> rs) {
        List<T> out = new ArrayList<>(rs);
        out.sort(Comparator.comparing(r -> r.isURIResource() ? label(r).toLowerCase() : "~"));
        return out;
    }
}
