package org.safkg.rdf4j;

import static org.junit.jupiter.api.Assertions.*;

import java.nio.file.Path;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.update.UpdateAction;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.safkg.load.StudyLoader;
import org.safkg.load.StudyLoader.MappedStudy;
import org.safkg.check.ShapeValidator;
import org.safkg.study.StudyGraphs;
import org.safkg.ontology.OntologyFiles;

/**
 * Jena SHACL and RDF4J's ShaclSail give the same verdict, and flag the same focus nodes, on the
 * bundled study and on study graphs broken on purpose, one shape at a time.
 */
class ShaclParityTest {
    static final String PREFIXES = """
            PREFIX saf: <https://w3id.org/safkg/ontology#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX foaf: <http://xmlns.com/foaf/0.1/>
            PREFIX oa: <http://www.w3.org/ns/oa#>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;
    static final Shapes SHAPES = Shapes.parse(OntologyFiles.shapes());
    static MappedStudy study;
    static ShaclSailValidator shaclSail;

    @BeforeAll
    static void map() {
        study = new StudyLoader().prepare(QueryCases.ROOT.resolve("data/vanguard-2022"));
        shaclSail = new ShaclSailValidator();
    }

    @AfterAll
    static void close() {
        shaclSail.close();
    }

    @Test
    void bundledStudyConformsOnBothEngines() {
        assertEquals(java.util.List.of(), new ShapeValidator().validate(study.graphs(), Path.of("vanguard-2022")));
        ShaclSailValidator.Verdict rdf4j = shaclSail.validate(ShapeValidator.union(study.graphs()));
        assertTrue(rdf4j.conforms(), "ShaclSail flags " + rdf4j.focusNodes());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
        episode without evidence         | DELETE { GRAPH ?g { ?e saf:evidencedBy ?x } } WHERE { GRAPH ?g { ?e dcterms:identifier "E01" ; saf:evidencedBy ?x } }                         | E01
        episode without leader           | DELETE { GRAPH ?g { ?e saf:leader ?x } } WHERE { GRAPH ?g { ?e dcterms:identifier "E02" ; saf:leader ?x } }                                   | E02
        leader that is not an actor      | INSERT { GRAPH ?g { ?e saf:leader ?s } } WHERE { GRAPH ?g { ?e dcterms:identifier "E03" ; saf:atSite ?s } }                                   | E03
        excerpt without text             | DELETE { GRAPH ?g { ?x saf:verbatimText ?t } } WHERE { GRAPH ?g { ?x saf:verbatimText ?t } GRAPH ?h { ?x dcterms:identifier "Q01" } }       | Q01
        excerpt spoken by a site         | DELETE { GRAPH ?g { ?x saf:speaker ?w } } INSERT { GRAPH ?g { ?x saf:speaker ?s } } WHERE { GRAPH ?g { ?x dcterms:identifier "Q02" ; saf:speaker ?w . ?s a saf:Site } } | Q02
        source section as a number       | DELETE { GRAPH ?g { ?e saf:sourceSection ?s } } INSERT { GRAPH ?g { ?e saf:sourceSection 4 } } WHERE { GRAPH ?g { ?e dcterms:identifier "E04" ; saf:sourceSection ?s } } | E04
        negative respondent total        | DELETE { GRAPH ?g { ?s saf:respondentTotal ?n } } INSERT { GRAPH ?g { ?s saf:respondentTotal -1 } } WHERE { GRAPH ?g { ?s saf:respondentTotal ?n } } | vanguard-2022
        code not motivated by classifying | DELETE { GRAPH ?g { ?a oa:motivatedBy ?m } } INSERT { GRAPH ?g { ?a oa:motivatedBy oa:commenting } } WHERE { GRAPH ?g { ?a oa:hasTarget ?x ; oa:motivatedBy ?m . ?x dcterms:identifier "Q01" } } | Q01
        a personal name                  | INSERT { GRAPH ?g { ?w foaf:name "A. Made-Up Name" } } WHERE { GRAPH ?g { ?x dcterms:identifier "Q01" ; saf:speaker ?w } }              | S5-FGD
        """)
    void brokenStudyIsRejectedByBothEnginesOnTheSameNodes(String what, String update, String touched) {
        DatasetGraph dsg = study.graphs().asDataset();
        Set<Quad> before = dsg.stream().collect(Collectors.toSet());
        UpdateAction.parseExecute(PREFIXES + update, dsg);
        assertNotEquals(before, dsg.stream().collect(Collectors.toSet()), "the update must change the data: " + what);
        StudyGraphs broken = new StudyGraphs(study.graphs().iris(), graph(dsg, study.graphs().iris().studyGraph()),
                graph(dsg, study.graphs().iris().excerptsGraph()));

        ValidationReport jena = ShaclValidator.get().validate(SHAPES, ShapeValidator.union(broken));
        assertFalse(jena.conforms(), "Jena SHACL must reject: " + what);
        SortedSet<String> jenaFocus = new TreeSet<>();
        jena.getEntries().forEach(e -> jenaFocus.add(NodeFmtLib.strNT(e.focusNode())));

        ShaclSailValidator.Verdict rdf4j = shaclSail.validate(ShapeValidator.union(broken));
        assertFalse(rdf4j.conforms(), "ShaclSail must reject: " + what);
        assertEquals(jenaFocus, rdf4j.focusNodes(), "focus nodes of the violations: " + what);
        assertTrue(jenaFocus.stream().anyMatch(f -> f.contains(touched)), "the broken resource " + touched + " is flagged: " + jenaFocus);
    }

    private static Graph graph(DatasetGraph dsg, String iri) {
        Node g = NodeFactory.createURI(iri);
        return dsg.getGraph(g);
    }
}
