package org.safkg.links;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.VOID;
import org.safkg.codes.ExternalCode;
import org.safkg.study.StudyIris;
import org.safkg.vocab.Namespaces;
import org.safkg.vocab.SAF;

/**
 * The VoID and DCAT description of what a store holds, generated from its graphs: title, licences
 * and sources, vocabularies used, SPARQL endpoint, one subset per named graph with its triple count,
 * and one void:Linkset per graph, link predicate and target dataset (ONS geographies, Wikidata) with
 * its count. A server serves it at {@link #WELL_KNOWN_PATH} so that other datasets can discover SAF-KG.
 */
public final class DatasetDescription {
    /** Where a server publishes the description (RFC 8615 well-known URI registered for VoID). */
    public static final String WELL_KNOWN_PATH = "/.well-known/void";
    /** The IRI of SAF-KG as a dataset. */
    public static final String DATASET = "https://w3id.org/safkg/dataset";
    /** The endpoint named when none is given: the query endpoint of the SAF-KG Fuseki server on this machine. */
    public static final String DEFAULT_ENDPOINT = "http://localhost:3030/safkg/sparql";
    public static final String TITLE = "SAF-KG: a knowledge graph of leadership in integrated health and social care";

    /** The datasets SAF-KG links to, by the prefix of their entity IRIs. */
    public static final Map<String, Target> TARGETS = targets();

    /** A dataset that SAF-KG links to. */
    public record Target(String iri, String title, String homepage) {}

    private DatasetDescription() {}

    private static Map<String, Target> targets() {
        Map<String, Target> m = new LinkedHashMap<>();
        m.put(ExternalCode.ONS_GEOGRAPHY, new Target("http://statistics.data.gov.uk/", "ONS statistical geographies (linked data)", "http://statistics.data.gov.uk/"));
        m.put(ExternalCode.WIKIDATA_ENTITY, new Target("http://www.wikidata.org/", "Wikidata", "https://www.wikidata.org/"));
        return m;
    }

    /** A link set found in the store: in which graph, by which predicate, to which target, how many triples. */
    public record LinkCount(String graph, String predicate, Target target, long triples) {}

    /** Describes what {@code dsg} holds (runs in a read transaction of its own). */
    public static Graph describe(DatasetGraph dsg, String sparqlEndpoint) {
        return Txn.calculateRead(dsg, () -> build(dsg, sparqlEndpoint));
    }

    /** Writes the description as Turtle, e.g. as the body of a response to {@link #WELL_KNOWN_PATH}. */
    public static void writeTurtle(DatasetGraph dsg, String sparqlEndpoint, OutputStream out) {
        RDFDataMgr.write(out, describe(dsg, sparqlEndpoint), RDFFormat.TURTLE_PRETTY);
    }

    /** The link sets of the store, counted per graph, predicate and target (call inside a read transaction). */
    public static List<LinkCount> linkCounts(DatasetGraph dsg) {
        StringBuilder values = new StringBuilder();
        TARGETS.keySet().forEach(prefix -> values.append('"').append(prefix).append("\" "));
        String q = "SELECT ?g ?p ?prefix (COUNT(*) AS ?n) WHERE { VALUES ?prefix { " + values + "} "
                + "GRAPH ?g { ?s ?p ?o } FILTER(isIRI(?o) && STRSTARTS(STR(?o), ?prefix)) } "
                + "GROUP BY ?g ?p ?prefix ORDER BY ?g ?p ?prefix";
        List<LinkCount> out = new ArrayList<>();
        ResultSet rs = ResultSet.adapt(QueryExec.dataset(dsg).query(q).select());
        while (rs.hasNext()) {
            QuerySolution s = rs.next();
            out.add(new LinkCount(s.getResource("g").getURI(), s.getResource("p").getURI(),
                    TARGETS.get(s.getLiteral("prefix").getString()), s.getLiteral("n").getLong()));
        }
        return out;
    }

    private static Graph build(DatasetGraph dsg, String endpoint) {
        Model m = ModelFactory.createDefaultModel();
        Namespaces.all().forEach(m::setNsPrefix);
        m.setNsPrefix("void", VOID.NS);
        m.setNsPrefix("dcat", DCAT.NS);
        Resource ds = m.createResource(DATASET, VOID.Dataset)
                .addProperty(RDF.type, DCAT.Dataset)
                .addProperty(DCTerms.title, TITLE)
                .addProperty(DCTerms.description, "Qualitative studies of leadership in integrated health and social care, coded with the Strategic Action Field (SAF) "
                        + "framework: leadership episodes with their roles, skills, sources of authority, conditions and evidence; plus reference datasets "
                        + "(e.g. ONS/ODS codes of Integrated Care Boards) that join them to other datasets. Each subset states its own licence and source.")
                .addProperty(VOID.sparqlEndpoint, m.createResource(endpoint))
                .addProperty(VOID.uriSpace, Namespaces.STUDY)
                .addProperty(VOID.triples, m.createTypedLiteral(Long.toString(count(dsg, null)), XSDDatatype.XSDinteger));
        Resource service = m.createResource(DATASET + "/service/sparql", DCAT.DataService)
                .addProperty(DCTerms.title, "SAF-KG SPARQL endpoint")
                .addProperty(DCAT.endpointURL, m.createResource(endpoint))
                .addProperty(DCAT.servesDataset, ds);
        ds.addProperty(DCAT.distribution, m.createResource(DATASET + "/distribution/sparql", DCAT.Distribution)
                .addProperty(DCTerms.title, "SPARQL 1.1 endpoint")
                .addProperty(DCAT.accessURL, m.createResource(endpoint))
                .addProperty(DCAT.accessService, service));
        vocabularies(dsg).forEach(ns -> ds.addProperty(VOID.vocabulary, m.createResource(ns)));
        subsets(dsg, m, ds);
        for (LinkCount lc : linkCounts(dsg)) {
            Resource target = m.createResource(lc.target().iri(), VOID.Dataset)
                    .addProperty(DCTerms.title, lc.target().title())
                    .addProperty(DCAT.landingPage, m.createResource(lc.target().homepage()));
            Resource linkset = m.createResource(DATASET + "/linkset/" + local(lc.graph(), Namespaces.GRAPH) + "/"
                    + m.shortForm(lc.predicate()).replace(':', '-') + "/" + local(lc.target().iri(), "http://").replaceAll("[^A-Za-z0-9.]+", ""), VOID.Linkset)
                    .addProperty(VOID.subjectsTarget, m.createResource(lc.graph()))
                    .addProperty(VOID.objectsTarget, target)
                    .addProperty(VOID.linkPredicate, m.createResource(lc.predicate()))
                    .addProperty(VOID.triples, m.createTypedLiteral(Long.toString(lc.triples()), XSDDatatype.XSDinteger));
            ds.addProperty(VOID.subset, linkset);
        }
        return m.getGraph();
    }

    /** One subset per named graph, with its triple count and, from the provenance graphs, its source and licence. */
    private static void subsets(DatasetGraph dsg, Model m, Resource ds) {
        Graph union = dsg.getUnionGraph();
        Model prov = ModelFactory.createModelForGraph(union);
        dsg.listGraphNodes().forEachRemaining(g -> {
            Resource sub = m.createResource(g.getURI(), VOID.Dataset)
                    .addProperty(VOID.triples, m.createTypedLiteral(Long.toString(count(dsg, g.getURI())), XSDDatatype.XSDinteger));
            ds.addProperty(VOID.subset, sub);
            Resource described = prov.getResource(g.getURI());
            if (g.getURI().equals(StudyIris.ONTOLOGY_GRAPH)) described = prov.getResource(Namespaces.ONTOLOGY);
            for (var p : List.of(DCTerms.source, DCTerms.license)) {
                described.listProperties(p).forEachRemaining(st -> {
                    sub.addProperty(p, st.getObject());
                    ds.addProperty(p, st.getObject());
                });
            }
            described.listProperties(RDFS.label).forEachRemaining(st -> sub.addProperty(DCTerms.title, st.getObject()));
        });
    }

    /** Triples in one named graph, or in all of them when {@code graph} is null. */
    private static long count(DatasetGraph dsg, String graph) {
        if (graph != null) return dsg.getGraph(org.apache.jena.graph.NodeFactory.createURI(graph)).size();
        long n = 0;
        for (var it = dsg.listGraphNodes(); it.hasNext(); ) n += dsg.getGraph(it.next()).size();
        return n;
    }

    /** The namespaces of the classes and properties the graphs use. */
    private static TreeSet<String> vocabularies(DatasetGraph dsg) {
        TreeSet<String> out = new TreeSet<>();
        String q = "SELECT DISTINCT ?t WHERE { { GRAPH ?g { ?s ?t ?o } } UNION { GRAPH ?g { ?s a ?t } } }";
        ResultSet rs = ResultSet.adapt(QueryExec.dataset(dsg).query(q).select());
        while (rs.hasNext()) {
            Resource t = rs.next().getResource("t");
            if (t.isURIResource()) out.add(namespace(t.getURI()));
        }
        return out;
    }

    private static String namespace(String iri) {
        int hash = iri.lastIndexOf('#');
        return iri.substring(0, (hash >= 0 ? hash : iri.lastIndexOf('/')) + 1);
    }

    private static String local(String iri, String base) {
        return iri.startsWith(base) ? iri.substring(base.length()) : iri;
    }
}
