package org.safkg.rdf4j;

import static org.junit.jupiter.api.Assertions.*;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.sparql.core.DatasetGraph;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.Resource;
import org.eclipse.rdf4j.model.Statement;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.impl.SimpleValueFactory;
import org.eclipse.rdf4j.model.util.Models;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.safkg.load.StudyLoader;
import org.safkg.store.RdfFileWriter;
import org.safkg.vocab.Namespaces;
import org.safkg.vocab.SAF;

/**
 * Every export format read back gives the graphs written, per named graph where the format keeps
 * graphs (N-Quads, TriG, JSON-LD) and as their union where it does not (Turtle, RDF/XML); read back
 * by Jena and by RDF4J's Rio, so that either kind of bulk loader gets the same data.
 */
class ExportRoundTripTest {
    static final Map<String, org.eclipse.rdf4j.rio.RDFFormat> RIO = Map.of("nq", org.eclipse.rdf4j.rio.RDFFormat.NQUADS,
            "trig", org.eclipse.rdf4j.rio.RDFFormat.TRIG, "jsonld", org.eclipse.rdf4j.rio.RDFFormat.JSONLD,
            "ttl", org.eclipse.rdf4j.rio.RDFFormat.TURTLE, "rdfxml", org.eclipse.rdf4j.rio.RDFFormat.RDFXML);

    @TempDir
    static Path tmp;
    static DatasetGraph dsg;

    @BeforeAll
    static void map() {
        dsg = StudyLoader.asDataset(new StudyLoader().prepare(QueryCases.ROOT.resolve("data/vanguard-2022")));
    }

    @Test
    void everyFormatHasARioReader() {
        assertEquals(RdfFileWriter.FORMATS.keySet(), RIO.keySet());
    }

    @TestFactory
    List<DynamicTest> everyFormatRoundTripsIsomorphicThroughJenaAndRdf4j() {
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : RdfFileWriter.FORMATS.keySet().stream().sorted().toList()) {
            tests.add(DynamicTest.dynamicTest(name, () -> {
                RDFFormat fmt = RdfFileWriter.format(name, null);
                Path file = tmp.resolve("vanguard." + name);
                RdfFileWriter.write(dsg, file, fmt);
                boolean quads = RDFLanguages.isQuads(fmt.getLang());
                Model rio;
                try (InputStream in = Files.newInputStream(file)) {
                    rio = Rio.parse(in, "", RIO.get(name));
                }
                if (quads) {
                    DatasetGraph back = RDFDataMgr.loadDatasetGraph(file.toString(), fmt.getLang());
                    List<String> graphs = new ArrayList<>();
                    dsg.listGraphNodes().forEachRemaining(g -> graphs.add(g.getURI()));
                    assertEquals(4, graphs.size());
                    assertEquals(dsg.stream().count(), back.stream().count(), "quads read back by Jena");
                    assertEquals(dsg.stream().count(), rio.size(), "quads read back by Rio");
                    for (String g : graphs) {
                        Graph mine = dsg.getGraph(NodeFactory.createURI(g));
                        assertTrue(mine.isIsomorphicWith(back.getGraph(NodeFactory.createURI(g))), name + ", Jena, <" + g + ">");
                        Resource ctx = SimpleValueFactory.getInstance().createIRI(g);
                        Model rioGraph = new LinkedHashModel();
                        rio.filter(null, null, null, ctx).forEach(st -> rioGraph.add(st.getSubject(), st.getPredicate(), st.getObject()));
                        assertTrue(Models.isomorphic(asModel(mine), rioGraph), name + ", Rio, <" + g + ">: " + difference(asModel(mine), rioGraph));
                    }
                } else {
                    Graph back = RDFDataMgr.loadGraph(file.toString(), fmt.getLang());
                    Graph union = dsg.getUnionGraph();
                    assertEquals(union.size(), back.size());
                    assertTrue(union.isIsomorphicWith(back), name + ", Jena, union of the graphs");
                    assertTrue(Models.isomorphic(asModel(union), rio), name + ", Rio, union of the graphs");
                }
            }));
        }
        return tests;
    }

    @Test
    void jsonLdUsesSafkgPrefixesAsItsContext() throws IOException {
        Path file = tmp.resolve("context.jsonld");
        RdfFileWriter.write(dsg, file, RdfFileWriter.format("jsonld", null));
        String json = Files.readString(file, StandardCharsets.UTF_8);
        var context = com.google.gson.JsonParser.parseString(json).getAsJsonObject().getAsJsonObject("@context");
        assertEquals(SAF.NS, context.get("saf").getAsString());
        assertEquals(Namespaces.STUDY, context.get("study").getAsString());
        assertEquals(Namespaces.CONCEPT, context.get("safc").getAsString());
        // compact terms, not full IRIs, for the SAF-KG vocabulary and data
        assertTrue(json.contains("\"saf:LeadershipEpisode\""), "types are compacted");
        assertFalse(json.contains("\"" + SAF.NS + "LeadershipEpisode\""), "no full IRI of a SAF-KG class");
        assertTrue(json.contains("\"study:vanguard-2022/episode/"), "data IRIs are compacted");
    }

    /** What one model has and the other has not, for a readable failure. */
    private static String difference(Model expected, Model actual) {
        Model missing = new LinkedHashModel(expected);
        missing.removeAll(actual);
        Model extra = new LinkedHashModel(actual);
        extra.removeAll(expected);
        return "missing " + missing.stream().limit(3).toList() + ", unexpected " + extra.stream().limit(3).toList();
    }

    private static Model asModel(Graph g) {
        Model m = new LinkedHashModel();
        g.find().forEachRemaining(t -> {
            Statement s = SimpleValueFactory.getInstance().createStatement((Resource) TermConverter.toRdf4j(t.getSubject()),
                    (org.eclipse.rdf4j.model.IRI) TermConverter.toRdf4j(t.getPredicate()), TermConverter.toRdf4j(t.getObject()));
            m.add(s);
        });
        return m;
    }
}
