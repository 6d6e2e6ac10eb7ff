package org.safkg.links;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.safkg.load.StudyLoader;
import org.safkg.provenance.LoadProvenance;
import org.safkg.query.CompetencyQuery;
import org.safkg.query.QueryRunner;
import org.safkg.store.StudyStore;
import org.safkg.vocab.PROV;
import org.safkg.vocab.SAF;

/** The fictional ICB demo bundle and the 42 ICBs, loaded side by side, answer the ICB join query. */
class LinkingTest {
    static final Instant T0 = Instant.parse("2026-01-02T03:04:05Z");
    static final String ICB_GRAPH = "https://w3id.org/safkg/graph/reference/icb-names-codes-dec-2024";

    @TempDir
    Path tmp;
    StudyStore store;

    @BeforeEach
    void open() {
        store = StudyStore.inMemory();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ReferenceLoader.MappedReference linkIcbs() {
        return new ReferenceLoader(Clock.fixed(T0, ZoneOffset.UTC)).load(Fixtures.icbSample(),
                ReferenceIris.defaultName(Fixtures.icbSample().getFileName().toString()), ReferenceLoader.Origin.UNKNOWN, store);
    }

    private List<List<String>> run(CompetencyQuery q, Map<String, String> params) {
        return Fixtures.rows(QueryRunner.select(store.datasetGraph(), q, QueryRunner.bind(q, params)));
    }

    @Test
    void fictionalBundleJoinsToItsIcbs() {
        new StudyLoader().load(Fixtures.fictionalBundle(), store);
        linkIcbs();
        CompetencyQuery q = Fixtures.query("episodes-in-icb");
        Path linked = Fixtures.root().resolve("queries/linked");
        assertEquals(Fixtures.csv(linked.resolve("episodes-in-icb.expected.icbCode=E54000008.csv")), run(q, Map.of("icbCode", "E54000008")));
        assertEquals(Fixtures.csv(linked.resolve("episodes-in-icb.expected.icbCode=E54000027.csv")), run(q, Map.of("icbCode", "E54000027")));
        assertEquals(List.of(List.of("study", "icb", "episode", "label", "organisation"),
                List.of("fictional-icb-demo", "NHS Cheshire and Merseyside Integrated Care Board", "FE1",
                        "FICTIONAL: the practice lead at fictional site F1 brokered between council and GPs",
                        "Fictional general practice at fictional site F1 (FICTIONAL)"),
                List.of("fictional-icb-demo", "NHS Cheshire and Merseyside Integrated Care Board", "FE2",
                        "FICTIONAL: the council officer at fictional site F1 framed the change",
                        "Fictional local authority team at fictional site F1 (FICTIONAL)")),
                run(q, Map.of("icbCode", "E54000008")));
        // an ICB where no fictional organisation lies, and a code that is no ICB: no rows
        assertEquals(1, run(q, Map.of("icbCode", "E54000010")).size());
        assertEquals(1, run(q, Map.of("icbCode", "E38000001")).size());
    }

    @Test
    void withoutTheReferenceDataNothingJoins() {
        new StudyLoader().load(Fixtures.fictionalBundle(), store);
        assertEquals(1, run(Fixtures.query("episodes-in-icb"), Map.of("icbCode", "E54000008")).size());
    }

    @Test
    void anOrganisationWithTheIcbsOdsCodeIsTheIcbAndOtherOdsCodesDoNotJoin() throws Exception {
        Path b = Fixtures.copy(Fixtures.fictionalBundle(), tmp);
        // test-only: the charity is given the ICB's ODS code, the provider another ODS code and no area
        Fixtures.replace(b, "organisations.csv", "voluntary-sector,,,,,", "voluntary-sector,,QYG,,,");
        Fixtures.replace(b, "organisations.csv", "nhs-provider,F2,,E54000027,", "nhs-provider,,RXH,,");
        new StudyLoader().load(b, store);
        linkIcbs();
        List<List<String>> rows = run(Fixtures.query("episodes-in-icb"), Map.of("icbCode", "E54000008"));
        assertEquals(List.of("FE1", "FE2", "FE4"), rows.subList(1, rows.size()).stream().map(r -> r.get(2)).toList());
        assertEquals(1, run(Fixtures.query("episodes-in-icb"), Map.of("icbCode", "E54000027")).size());
    }

    @Test
    void referenceGraphHoldsAreasAndBoardsWithProvenance() {
        ReferenceLoader.MappedReference ref = linkIcbs();
        assertEquals(ICB_GRAPH, ref.iris().graph());
        Txn.executeRead(store.datasetGraph(), () -> {
            Model g = ModelFactory.createModelForGraph(store.datasetGraph().getGraph(NodeFactory.createURI(ICB_GRAPH)));
            assertEquals(42, g.listSubjectsWithProperty(SAF.coversArea).toList().size());
            // per board: area (notation, label) + organisation (type, identifier, label, coversArea, adms:identifier) + identifier node (type, notation, dcterms:type, label)
            assertEquals(42 * (2 + 5 + 4), g.size());
            Model prov = ModelFactory.createModelForGraph(store.datasetGraph().getGraph(NodeFactory.createURI(ICB_GRAPH + "/provenance")));
            Resource load = prov.getResource("https://w3id.org/safkg/reference/icb-names-codes-dec-2024/load/2026-01-02T03:04:05Z");
            assertTrue(load.hasProperty(org.apache.jena.vocabulary.RDF.type, SAF.ReferenceLoad));
            Resource file = load.getPropertyResourceValue(PROV.used);
            assertEquals("icb_names_codes_dec_2024.csv", file.getProperty(DCTerms.title).getString());
            assertEquals(LoadProvenance.sha256(Fixtures.icbSample()), file.getProperty(SAF.sha256).getString());
            assertEquals("2026-01-02T03:04:05Z", load.getProperty(PROV.startedAtTime).getLiteral().getLexicalForm());
            assertTrue(prov.getResource(ICB_GRAPH).hasProperty(PROV.wasGeneratedBy, load));
            assertFalse(prov.getResource(ICB_GRAPH).hasProperty(DCTerms.license), "no licence is invented when none is given");
        });
    }

    @Test
    void linkingAgainReplacesTheGraphAndLeavesStudiesAlone() {
        new StudyLoader().load(Fixtures.fictionalBundle(), store);
        linkIcbs();
        long before = Txn.calculateRead(store.datasetGraph(), () -> store.datasetGraph().stream().count());
        linkIcbs();
        long after = Txn.calculateRead(store.datasetGraph(), () -> store.datasetGraph().stream().count());
        assertEquals(before, after);
    }

    @Test
    void theVanguardStudyStaysUnlinked() {
        new StudyLoader().load(Fixtures.vanguard(), store);
        linkIcbs();
        Txn.executeRead(store.datasetGraph(), () -> {
            Graph study = store.datasetGraph().getGraph(NodeFactory.createURI("https://w3id.org/safkg/graph/vanguard-2022"));
            for (Node p : List.of(SAF.locatedInArea.asNode(), org.safkg.vocab.ADMS.identifier.asNode(), org.apache.jena.vocabulary.OWL.sameAs.asNode())) {
                assertFalse(study.find(Node.ANY, p, Node.ANY).hasNext(), "Vanguard study has a " + p + " link");
            }
        });
        for (String icb : List.of("E54000008", "E54000027", "E54000048")) {
            assertEquals(1, run(Fixtures.query("episodes-in-icb"), Map.of("icbCode", icb)).size());
        }
    }
}
