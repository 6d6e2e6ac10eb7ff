package org.safkg.links;

import static org.junit.jupiter.api.Assertions.*;

import java.io.ByteArrayOutputStream;
import java.io.ByteArrayInputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCAT;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.VOID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.safkg.load.StudyLoader;
import org.safkg.store.StudyStore;

/** The VoID/DCAT description is generated from the graph: its counts are the graph's. */
class DatasetDescriptionTest {
    static final String ENDPOINT = "http://127.0.0.1:3030/safkg/sparql";
    static final String FICTIONAL = "https://w3id.org/safkg/graph/fictional-icb-demo";
    static final String ICBS = "https://w3id.org/safkg/graph/reference/icb-2024";
    private static StudyStore store;
    private static Model description;

    @BeforeAll
    static void load() {
        store = StudyStore.inMemory();
        new StudyLoader().load(Fixtures.vanguard(), store);
        new StudyLoader().load(Fixtures.fictionalBundle(), store);
        new ReferenceLoader().load(Fixtures.icbSample(), "icb-2024",
                new ReferenceLoader.Origin("https://geoportal.statistics.gov.uk/", null), store);
        description = ModelFactory.createModelForGraph(DatasetDescription.describe(store.datasetGraph(), ENDPOINT));
    }

    @AfterAll
    static void close() {
        store.close();
    }

    /** Link triples counted straight from the graphs: graph -> predicate -> target prefix -> count. */
    private static Map<List<String>, Long> countedFromTheGraphs() {
        DatasetGraph dsg = store.datasetGraph();
        return Txn.calculateRead(dsg, () -> {
            Map<List<String>, Long> out = new HashMap<>();
            dsg.listGraphNodes().forEachRemaining(g -> dsg.getGraph(g).find().forEachRemaining(t -> {
                Node o = t.getObject();
                if (!o.isURI()) return;
                for (var e : DatasetDescription.TARGETS.entrySet()) {
                    if (o.getURI().startsWith(e.getKey())) {
                        out.merge(List.of(g.getURI(), t.getPredicate().getURI(), e.getValue().iri()), 1L, Long::sum);
                    }
                }
            }));
            return out;
        });
    }

    private static Map<List<String>, Long> describedLinksets() {
        Map<List<String>, Long> out = new HashMap<>();
        description.listSubjectsWithProperty(RDF.type, VOID.Linkset).forEachRemaining(ls -> out.put(List.of(
                ls.getPropertyResourceValue(VOID.subjectsTarget).getURI(),
                ls.getPropertyResourceValue(VOID.linkPredicate).getURI(),
                ls.getPropertyResourceValue(VOID.objectsTarget).getURI()), ls.getProperty(VOID.triples).getLong()));
        return out;
    }

    @Test
    void linksetCountsMatchTheGraph() {
        Map<List<String>, Long> expected = countedFromTheGraphs();
        assertEquals(expected, describedLinksets());
        // and, for the data shipped: 2 sites + 2 organisations of the fictional bundle in ICB areas, 42 boards covering theirs
        assertEquals(Map.of(
                List.of(FICTIONAL, "https://w3id.org/safkg/ontology#locatedInArea", "http://statistics.data.gov.uk/"), 4L,
                List.of(ICBS, "https://w3id.org/safkg/ontology#coversArea", "http://statistics.data.gov.uk/"), 42L), expected);
    }

    @Test
    void subsetAndTotalTripleCountsMatchTheGraph() {
        DatasetGraph dsg = store.datasetGraph();
        Map<String, Long> sizes = Txn.calculateRead(dsg, () -> {
            Map<String, Long> m = new HashMap<>();
            dsg.listGraphNodes().forEachRemaining(g -> m.put(g.getURI(), (long) dsg.getGraph(g).size()));
            return m;
        });
        Resource ds = description.getResource(DatasetDescription.DATASET);
        assertEquals(sizes.values().stream().mapToLong(Long::longValue).sum(), ds.getProperty(VOID.triples).getLong());
        Map<String, Long> subsets = ds.listProperties(VOID.subset).mapWith(s -> s.getResource())
                .filterDrop(r -> r.hasProperty(RDF.type, VOID.Linkset)).toList().stream()
                .collect(Collectors.toMap(Resource::getURI, r -> r.getProperty(VOID.triples).getLong()));
        assertEquals(sizes, subsets);
        assertEquals(9, subsets.size(), "ontology + 3 graphs per study x 2 + reference + its provenance");
    }

    @Test
    void titleLicencesSourcesVocabulariesAndEndpoint() {
        Resource ds = description.getResource(DatasetDescription.DATASET);
        assertTrue(ds.hasProperty(RDF.type, VOID.Dataset));
        assertTrue(ds.hasProperty(RDF.type, DCAT.Dataset));
        assertEquals(DatasetDescription.TITLE, ds.getProperty(DCTerms.title).getString());
        assertEquals(ENDPOINT, ds.getPropertyResourceValue(VOID.sparqlEndpoint).getURI());
        assertEquals(ENDPOINT, ds.getPropertyResourceValue(DCAT.distribution).getPropertyResourceValue(DCAT.accessService)
                .getPropertyResourceValue(DCAT.endpointURL).getURI());
        assertEquals(Set.of("https://creativecommons.org/licenses/by-nc/4.0/", "https://creativecommons.org/licenses/by/4.0/",
                "https://creativecommons.org/publicdomain/zero/1.0/"), uris(ds.listProperties(DCTerms.license).mapWith(s -> s.getObject()).toList()));
        assertTrue(uris(ds.listProperties(DCTerms.source).mapWith(s -> s.getObject()).toList()).containsAll(Set.of(
                "https://doi.org/10.1108/JHOM-02-2022-0037", "https://geoportal.statistics.gov.uk/")));
        Resource vanguard = description.getResource("https://w3id.org/safkg/graph/vanguard-2022");
        assertEquals("https://creativecommons.org/licenses/by-nc/4.0/", vanguard.getPropertyResourceValue(DCTerms.license).getURI());
        Set<String> vocabularies = uris(ds.listProperties(VOID.vocabulary).mapWith(s -> s.getObject()).toList());
        assertTrue(vocabularies.containsAll(Set.of("https://w3id.org/safkg/ontology#", "http://www.w3.org/ns/org#",
                "http://www.w3.org/ns/adms#", "http://www.w3.org/2004/02/skos/core#", "http://www.w3.org/ns/prov#")), vocabularies::toString);
    }

    @Test
    void turtleRoundTripsToTheSameGraph() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DatasetDescription.writeTurtle(store.datasetGraph(), ENDPOINT, out);
        Model back = ModelFactory.createDefaultModel();
        RDFDataMgr.read(back, new ByteArrayInputStream(out.toByteArray()), Lang.TURTLE);
        assertTrue(back.isIsomorphicWith(description));
    }

    private static Set<String> uris(List<RDFNode> nodes) {
        return nodes.stream().filter(RDFNode::isURIResource).map(n -> n.asResource().getURI()).collect(Collectors.toCollection(TreeSet::new));
    }
}
