package org.safkg.ontology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.semanticweb.HermiT.ReasonerFactory;
import org.semanticweb.owlapi.apibinding.OWLManager;
import org.semanticweb.owlapi.formats.RDFDocumentFormat;
import org.semanticweb.owlapi.formats.TurtleDocumentFormat;
import org.semanticweb.owlapi.io.RDFTriple;
import org.semanticweb.owlapi.io.StreamDocumentSource;
import org.semanticweb.owlapi.model.IRI;
import org.semanticweb.owlapi.model.OWLClass;
import org.semanticweb.owlapi.model.OWLDataFactory;
import org.semanticweb.owlapi.model.OWLDocumentFormat;
import org.semanticweb.owlapi.model.OWLNamedIndividual;
import org.semanticweb.owlapi.model.OWLOntology;
import org.semanticweb.owlapi.model.OWLOntologyLoaderConfiguration;
import org.semanticweb.owlapi.model.OWLOntologyManager;
import org.semanticweb.owlapi.profiles.OWL2DLProfile;
import org.semanticweb.owlapi.profiles.OWLProfileViolation;
import org.semanticweb.owlapi.reasoner.OWLReasoner;
import org.semanticweb.owlapi.model.parameters.Imports;

/** (a) OWL API loads the ontology and the concept schemes; both are OWL 2 DL; HermiT finds them consistent. */
class OwlDlAndReasonerTest {

    private static OWLOntologyManager manager;
    private static OWLOntology ontology;
    private static OWLOntology concepts;
    private static OWLOntology merged;

    @BeforeAll
    static void load() throws Exception {
        manager = OWLManager.createOWLOntologyManager();
        ontology = load(TestResources.ONTOLOGY, "https://w3id.org/safkg/ontology");
        concepts = load(TestResources.CONCEPTS, "https://w3id.org/safkg/concepts");
        merged = manager.createOntology(IRI.create("urn:safkg:test:merged"));
        merged.addAxioms(ontology.axioms());
        merged.addAxioms(concepts.axioms());
    }

    private static OWLOntology load(String resource, String expectedIri) throws Exception {
        OWLOntologyLoaderConfiguration strict = new OWLOntologyLoaderConfiguration().setStrict(false);
        try (InputStream in = TestResources.open(resource)) {
            OWLOntology o = manager.loadOntologyFromOntologyDocument(
                    new StreamDocumentSource(in, IRI.create("file:" + resource), new TurtleDocumentFormat(), null), strict);
            assertEquals(expectedIri, o.getOntologyID().getOntologyIRI().map(IRI::toString).orElse(null),
                    "ontology IRI of " + resource);
            OWLDocumentFormat format = o.getFormat();
            if (format instanceof RDFDocumentFormat rdf && rdf.getOntologyLoaderMetaData().isPresent()) {
                Set<RDFTriple> unparsed = rdf.getOntologyLoaderMetaData().get().getUnparsedTriples()
                        .collect(Collectors.toSet());
                assertTrue(unparsed.isEmpty(), () -> resource + ": triples OWL API could not map to OWL:\n"
                        + unparsed.stream().map(Object::toString).collect(Collectors.joining("\n")));
            }
            return o;
        }
    }

    private static void assertDl(OWLOntology o, String what) {
        List<OWLProfileViolation> violations = new OWL2DLProfile().checkOntology(o).getViolations();
        assertTrue(violations.isEmpty(), () -> what + " is not in OWL 2 DL (" + violations.size() + " violations):\n"
                + violations.stream().map(Object::toString).collect(Collectors.joining("\n")));
    }

    @Test
    void versionIriIsSet() {
        assertEquals("https://w3id.org/safkg/ontology/0.1.0",
                ontology.getOntologyID().getVersionIRI().map(IRI::toString).orElse(null));
        assertEquals("https://w3id.org/safkg/concepts/0.1.0",
                concepts.getOntologyID().getVersionIRI().map(IRI::toString).orElse(null));
    }

    @Test
    void ontologyAndConceptsHaveNoImports() {
        assertEquals(0, ontology.importsDeclarations().count());
        assertEquals(0, concepts.importsDeclarations().count());
    }

    @Test
    void mergedOntologyIsOwl2Dl() {
        assertDl(merged, "saf-kg.ttl + saf-kg-concepts.ttl");
    }

    @Test
    void eachFileIsOwl2DlOnItsOwn() {
        assertDl(ontology, "saf-kg.ttl");
        assertDl(concepts, "saf-kg-concepts.ttl");
    }

    @Test
    void mergedOntologyIsConsistentAndEverySafClassSatisfiable() {
        OWLReasoner reasoner = new ReasonerFactory().createReasoner(merged);
        try {
            assertTrue(reasoner.isConsistent(), "HermiT: the merged ontology is inconsistent");
            List<OWLClass> safClasses = merged.classesInSignature(Imports.INCLUDED)
                    .filter(c -> c.getIRI().toString().startsWith(TestResources.SAF))
                    .sorted().toList();
            assertTrue(safClasses.size() >= 30, "expected the saf: classes in the signature, found " + safClasses.size());
            List<OWLClass> unsatisfiable = safClasses.stream().filter(c -> !reasoner.isSatisfiable(c)).toList();
            assertTrue(unsatisfiable.isEmpty(), "unsatisfiable saf: classes: " + unsatisfiable);
            Set<OWLClass> bottom = reasoner.getUnsatisfiableClasses().getEntitiesMinusBottom();
            assertTrue(bottom.isEmpty(), "unsatisfiable classes: " + bottom);
        } finally {
            reasoner.dispose();
        }
    }

    @Test
    void reasonerCatchesAnIndividualInTwoDisjointClasses() throws Exception {
        // control: the consistency check above can fail. An excerpt (a prov:Entity) that is also a
        // leadership episode (a prov:Activity) contradicts prov:Activity owl:disjointWith prov:Entity.
        OWLOntology broken = manager.createOntology(IRI.create("urn:safkg:test:broken"));
        broken.addAxioms(merged.axioms());
        OWLDataFactory df = manager.getOWLDataFactory();
        OWLNamedIndividual x = df.getOWLNamedIndividual(IRI.create("urn:safkg:test:x"));
        broken.addAxiom(df.getOWLClassAssertionAxiom(df.getOWLClass(IRI.create(TestResources.SAF + "Excerpt")), x));
        broken.addAxiom(df.getOWLClassAssertionAxiom(
                df.getOWLClass(IRI.create(TestResources.SAF + "LeadershipEpisode")), x));
        OWLReasoner reasoner = new ReasonerFactory().createReasoner(broken);
        try {
            assertFalse(reasoner.isConsistent(), "HermiT should find an excerpt that is an episode inconsistent");
        } finally {
            reasoner.dispose();
            manager.removeOntology(broken);
        }
    }

    @Test
    void reasonerFindsAnUnsatisfiableClass() throws Exception {
        // control: a class under two disjoint saf: classes must be reported unsatisfiable
        OWLOntology broken = manager.createOntology(IRI.create("urn:safkg:test:unsat"));
        broken.addAxioms(merged.axioms());
        OWLDataFactory df = manager.getOWLDataFactory();
        OWLClass both = df.getOWLClass(IRI.create(TestResources.SAF + "ExcerptStatement"));
        broken.addAxiom(df.getOWLSubClassOfAxiom(both, df.getOWLClass(IRI.create(TestResources.SAF + "Excerpt"))));
        broken.addAxiom(df.getOWLSubClassOfAxiom(both,
                df.getOWLClass(IRI.create(TestResources.SAF + "AuthorStatement"))));
        OWLReasoner reasoner = new ReasonerFactory().createReasoner(broken);
        try {
            assertTrue(reasoner.isConsistent());
            assertFalse(reasoner.isSatisfiable(both));
        } finally {
            reasoner.dispose();
            manager.removeOntology(broken);
        }
    }

    @Test
    void profileCheckCatchesAPropertyThatIsBothObjectAndDatatype() throws Exception {
        // control: the OWL 2 DL check above can fail.
        OWLOntology broken = manager.createOntology(IRI.create("urn:safkg:test:pun"));
        broken.addAxioms(merged.axioms());
        OWLDataFactory df = manager.getOWLDataFactory();
        IRI when = IRI.create(TestResources.SAF + "when");
        broken.addAxiom(df.getOWLDeclarationAxiom(df.getOWLObjectProperty(when)));
        try {
            assertFalse(new OWL2DLProfile().checkOntology(broken).getViolations().isEmpty());
        } finally {
            manager.removeOntology(broken);
        }
    }
}
