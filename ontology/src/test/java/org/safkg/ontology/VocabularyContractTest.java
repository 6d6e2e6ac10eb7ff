package org.safkg.ontology;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The ontology against its contracts: the concept-scheme
 * table of data/README.md, and (b) the annotations every term must carry (checked directly, beside the
 * term-* violation queries).
 */
class VocabularyContractTest {

    /** The class whose instances each scheme's concepts are (from the brief). */
    static final Map<String, String> SCHEME_CLASS = new LinkedHashMap<>();
    static {
        SCHEME_CLASS.put("scale", TestResources.SAF + "ScaleOfAnalysis");
        SCHEME_CLASS.put("authority", TestResources.SAF + "SourceOfAuthority");
        SCHEME_CLASS.put("skill", TestResources.SAF + "SocialSkill");
        SCHEME_CLASS.put("shock", TestResources.SAF + "ExogenousShock");
        SCHEME_CLASS.put("role", TestResources.SAF + "LeadershipRole");
        SCHEME_CLASS.put("position", TestResources.SAF + "PositionBasis");
        SCHEME_CLASS.put("characteristic", TestResources.SAF + "PersonalCharacteristic");
        SCHEME_CLASS.put("attribute", TestResources.SAF + "FixedAttribute");
        SCHEME_CLASS.put("condition", TestResources.SAF + "ContextCondition");
        SCHEME_CLASS.put("process", TestResources.SAF + "LeadershipProcess");
        SCHEME_CLASS.put("organisation-type", TestResources.SAF + "OrganisationType");
        SCHEME_CLASS.put("post", "http://www.w3.org/ns/org#Role");
        SCHEME_CLASS.put("respondent-type", TestResources.SAF + "RespondentType");
        SCHEME_CLASS.put("method", TestResources.SAF + "DataCollectionMethod");
        SCHEME_CLASS.put("scope", TestResources.SAF + "FindingScope");
    }

    private static Model ontology;
    private static Model concepts;
    private static Model both;
    private static final Property CONCEPT_CLASS = org.apache.jena.rdf.model.ResourceFactory
            .createProperty(TestResources.SAF + "conceptClass");

    @BeforeAll
    static void load() {
        ontology = TestResources.model(TestResources.ONTOLOGY);
        concepts = TestResources.model(TestResources.CONCEPTS);
        both = TestResources.ontologyAndConcepts();
    }

    // The Java vocabulary class is generated from this file (schemagen, in core): its contract is
    // checked there by GeneratedVocabularyTest. Here: no term is both an object and a datatype property.

    private static Set<String> declared(Model m, Resource type) {
        return m.listSubjectsWithProperty(RDF.type, type).toList().stream()
                .filter(Resource::isURIResource)
                .map(Resource::getURI)
                .filter(u -> u.startsWith(TestResources.SAF))
                .map(u -> u.substring(TestResources.SAF.length()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void noTermIsBothAnObjectAndADatatypeProperty() {
        Set<String> overlap = new TreeSet<>(declared(ontology, OWL.ObjectProperty));
        overlap.retainAll(declared(ontology, OWL.DatatypeProperty));
        assertTrue(overlap.isEmpty(), "both object and datatype property: " + overlap);
    }

    @Test
    void ontologyHeader() {
        Resource o = ontology.getResource("https://w3id.org/safkg/ontology");
        assertTrue(o.hasProperty(RDF.type, OWL.Ontology));
        assertTrue(o.hasProperty(OWL2_VERSION_IRI, ontology.getResource("https://w3id.org/safkg/ontology/0.1.0")));
        assertTrue(o.hasProperty(DCTerms.title));
        assertTrue(o.hasProperty(DCTerms.description));
        assertTrue(o.hasProperty(DCTerms.license, ontology.getResource("https://creativecommons.org/licenses/by/4.0/")));
        assertTrue(o.hasProperty(DCTerms.source, ontology.getResource(TestResources.DOI)));
        assertFalse(o.hasProperty(OWL.imports));
        Resource c = concepts.getResource("https://w3id.org/safkg/concepts");
        assertTrue(c.hasProperty(RDF.type, OWL.Ontology));
        assertTrue(c.hasProperty(OWL2_VERSION_IRI, concepts.getResource("https://w3id.org/safkg/concepts/0.1.0")));
        assertFalse(c.hasProperty(OWL.imports));
    }

    private static final Property OWL2_VERSION_IRI = org.apache.jena.rdf.model.ResourceFactory
            .createProperty("http://www.w3.org/2002/07/owl#versionIRI");

    // ---------------------------------------------------------------- modelling decisions

    @Test
    void keyModellingDecisions() {
        String prov = "http://www.w3.org/ns/prov#", org = "http://www.w3.org/ns/org#", foaf = "http://xmlns.com/foaf/0.1/",
                qb = "http://purl.org/linked-data/cube#", skos = SKOS.getURI(), s = TestResources.SAF;
        String[][] subClass = {
            {"Study", prov + "Activity"}, {"ProgrammeIntervention", prov + "Plan"}, {"ModelType", s + "ProgrammeIntervention"},
            {"Site", org + "OrganizationalCollaboration"}, {"Person", prov + "Person"}, {"Person", foaf + "Person"},
            {"Respondent", s + "Person"}, {"ActorGroup", foaf + "Group"}, {"ActorGroup", prov + "Agent"},
            {"FocusGroup", s + "ActorGroup"}, {"LeadershipEpisode", prov + "Activity"}, {"Evidence", prov + "Entity"},
            {"Excerpt", s + "Evidence"}, {"AuthorStatement", s + "Evidence"}, {"RespondentCountDataSet", qb + "DataSet"},
            {"BundleLoad", prov + "Activity"}, {"BundleFile", prov + "Entity"},
            {"ScaleOfAnalysis", skos + "Concept"}, {"DriverOfChangeAndStability", skos + "Concept"},
            {"SourceOfAuthority", s + "DriverOfChangeAndStability"}, {"SocialSkill", s + "DriverOfChangeAndStability"},
            {"ExogenousShock", s + "DriverOfChangeAndStability"}, {"LeadershipRole", skos + "Concept"},
            {"PositionBasis", skos + "Concept"}, {"PersonalCharacteristic", skos + "Concept"},
            {"FixedAttribute", skos + "Concept"}, {"ContextCondition", skos + "Concept"},
            {"LeadershipProcess", skos + "Concept"}, {"OrganisationType", skos + "Concept"},
            {"RespondentType", skos + "Concept"}, {"DataCollectionMethod", skos + "Concept"},
            {"Finding", prov + "Entity"}, {"FindingScope", skos + "Concept"},
        };
        List<Executable> checks = new ArrayList<>();
        for (String[] sc : subClass) {
            checks.add(() -> assertTrue(ontology.contains(ontology.getResource(s + sc[0]), RDFS.subClassOf,
                    ontology.getResource(sc[1])), "saf:" + sc[0] + " rdfs:subClassOf " + sc[1]));
        }
        String[][] subProp = {{"leader", prov + "wasAssociatedWith"}, {"speaker", prov + "wasAttributedTo"},
            {"enabledBy", s + "underCondition"}, {"constrainedBy", s + "underCondition"}};
        for (String[] sp : subProp) {
            checks.add(() -> assertTrue(ontology.contains(ontology.getResource(s + sp[0]), RDFS.subPropertyOf,
                    ontology.getResource(sp[1])), "saf:" + sp[0] + " rdfs:subPropertyOf " + sp[1]));
        }
        checks.add(() -> assertTrue(ontology.contains(ontology.getResource(s + "respondentType"), RDF.type,
                ontology.getResource(qb + "DimensionProperty"))));
        checks.add(() -> assertTrue(ontology.contains(ontology.getResource(s + "collectionMethod"), RDF.type,
                ontology.getResource(qb + "DimensionProperty"))));
        checks.add(() -> assertTrue(ontology.contains(ontology.getResource(s + "respondentCount"), RDF.type,
                ontology.getResource(qb + "MeasureProperty"))));
        checks.add(() -> assertTrue(ontology.contains(ontology.getResource(s + "atSite"), RDFS.range,
                ontology.getResource(s + "Site"))));
        checks.add(() -> assertFalse(ontology.getResource(s + "atSite").hasProperty(RDFS.domain), "saf:atSite has no domain"));
        Resource dsd = ontology.getResource(s + "respondentCountStructure");
        checks.add(() -> assertTrue(dsd.hasProperty(RDF.type, ontology.getResource(qb + "DataStructureDefinition"))));
        checks.add(() -> {
            List<RDFNode> comps = ontology.listObjectsOfProperty(dsd, ontology.getProperty(qb + "component")).toList();
            assertEquals(3, comps.size());
            assertTrue(comps.stream().allMatch(RDFNode::isURIResource), "components are IRIs, not blank nodes");
        });
        assertAll(checks);
    }

    // ---------------------------------------------------------------- (b) direct annotation checks

    private static List<Literal> literals(Resource r, Property p, String lang) {
        return r.listProperties(p).toList().stream().map(Statement::getObject)
                .filter(RDFNode::isLiteral).map(RDFNode::asLiteral)
                .filter(l -> lang == null || lang.equals(l.getLanguage()))
                .filter(l -> !l.getLexicalForm().isBlank())
                .toList();
    }

    private static boolean isAllowedSource(RDFNode n, boolean technicalAllowed) {
        if (n.isURIResource()) return TestResources.DOI.equals(n.asResource().getURI());
        if (!n.isLiteral()) return false;
        String v = n.asLiteral().getLexicalForm();
        return TestResources.SAF_CITATION.equals(v) || (technicalAllowed && TestResources.TECHNICAL_SOURCE.equals(v));
    }

    @Test
    void everySafTermHasEnglishLabelDefinitionAndAllowedSource() {
        Set<Resource> terms = new TreeSet<>((a, b) -> a.getURI().compareTo(b.getURI()));
        for (Resource type : List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)) {
            ontology.listSubjectsWithProperty(RDF.type, type).toList().stream()
                    .filter(r -> r.isURIResource() && r.getURI().startsWith(TestResources.SAF))
                    .forEach(terms::add);
        }
        assertTrue(terms.size() >= 80, "expected the saf: classes and properties, found " + terms.size());
        List<String> problems = new ArrayList<>();
        for (Resource t : terms) {
            if (literals(t, RDFS.label, "en").size() != 1) problems.add(t + ": needs exactly one rdfs:label @en");
            if (literals(t, SKOS.definition, "en").size() != 1) problems.add(t + ": needs exactly one skos:definition @en");
            List<RDFNode> sources = t.listProperties(DCTerms.source).toList().stream().map(Statement::getObject).toList();
            if (sources.isEmpty()) problems.add(t + ": needs a dcterms:source");
            sources.stream().filter(n -> !isAllowedSource(n, true))
                    .forEach(n -> problems.add(t + ": dcterms:source " + n + " is none of the three allowed sources"));
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyConceptAndSchemeIsWellFormed() {
        List<String> problems = new ArrayList<>();
        List<Resource> schemes = concepts.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).toList();
        for (Resource s : schemes) {
            String id = s.getURI().substring(TestResources.SCHEME.length());
            if (!s.getURI().startsWith(TestResources.SCHEME)) problems.add(s + ": scheme IRI must start with " + TestResources.SCHEME);
            if (!List.of(id).equals(literals(s, SKOS.notation, null).stream().map(Literal::getLexicalForm).toList()))
                problems.add(s + ": skos:notation must be \"" + id + "\"");
            if (literals(s, SKOS.prefLabel, "en").size() != 1) problems.add(s + ": needs one skos:prefLabel @en");
            if (literals(s, SKOS.definition, "en").size() != 1) problems.add(s + ": needs one skos:definition @en");
            if (!s.hasProperty(DCTerms.source)) problems.add(s + ": needs dcterms:source");
            s.listProperties(DCTerms.source).forEachRemaining(st -> {
                if (!isAllowedSource(st.getObject(), false)) problems.add(s + ": source " + st.getObject());
            });
            Resource cls = s.getPropertyResourceValue(CONCEPT_CLASS);
            if (cls == null || !cls.getURI().equals(SCHEME_CLASS.get(id)))
                problems.add(s + ": saf:conceptClass must be " + SCHEME_CLASS.get(id) + ", is " + cls);
            if (literals(s, RDFS.comment, "en").stream().noneMatch(l -> l.getLexicalForm().contains("concepts.csv")))
                problems.add(s + ": needs an rdfs:comment @en telling how to extend it in a bundle's concepts.csv");
        }
        List<Resource> all = concepts.listSubjectsWithProperty(SKOS.inScheme).toList();
        assertEquals(concepts.listSubjectsWithProperty(RDF.type, SKOS.Concept).toList().size(), all.size(),
                "every skos:Concept is in a scheme and vice versa");
        for (Resource c : all) {
            String iri = c.getURI();
            String id = iri.substring(TestResources.CONCEPT.length());
            List<Resource> inSchemes = c.listProperties(SKOS.inScheme).toList().stream()
                    .map(Statement::getResource).toList();
            if (!iri.startsWith(TestResources.CONCEPT) || id.contains("/")) problems.add(c + ": bad concept IRI");
            if (inSchemes.size() != 1) { problems.add(c + ": must be in exactly one scheme"); continue; }
            Resource scheme = inSchemes.get(0);
            String schemeId = scheme.getURI().substring(TestResources.SCHEME.length());
            if (!c.hasProperty(RDF.type, SKOS.Concept)) problems.add(c + ": must be typed skos:Concept");
            if (!c.hasProperty(RDF.type, concepts.getResource(SCHEME_CLASS.get(schemeId))))
                problems.add(c + ": must be typed " + SCHEME_CLASS.get(schemeId));
            List<Literal> notation = literals(c, SKOS.notation, null);
            if (notation.size() != 1 || !notation.get(0).getLexicalForm().equals(id)
                    || !notation.get(0).getDatatypeURI().equals("http://www.w3.org/2001/XMLSchema#string"))
                problems.add(c + ": skos:notation must be the plain string \"" + id + "\"");
            if (literals(c, SKOS.prefLabel, "en").size() != 1) problems.add(c + ": needs one skos:prefLabel @en");
            if (literals(c, SKOS.definition, "en").size() != 1) problems.add(c + ": needs one skos:definition @en");
            List<RDFNode> sources = c.listProperties(DCTerms.source).toList().stream().map(Statement::getObject).toList();
            if (sources.isEmpty()) problems.add(c + ": needs dcterms:source");
            sources.stream().filter(n -> !isAllowedSource(n, false)).forEach(n -> problems.add(c + ": source " + n));
            boolean top = c.hasProperty(SKOS.topConceptOf, scheme);
            List<Resource> broader = c.listProperties(SKOS.broader).toList().stream().map(Statement::getResource).toList();
            if (top == !broader.isEmpty()) problems.add(c + ": a concept is top in its scheme exactly when it has no broader");
            if (top && !scheme.hasProperty(SKOS.hasTopConcept, c)) problems.add(c + ": scheme lacks skos:hasTopConcept");
            for (Resource b : broader) {
                if (!b.hasProperty(SKOS.inScheme, scheme)) problems.add(c + ": broader " + b + " is in another scheme");
                if (!b.hasProperty(SKOS.narrower, c)) problems.add(c + ": broader " + b + " lacks the skos:narrower back");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void papersNestingAndNamingAreKept() {
        Resource social = concepts.getResource(TestResources.CONCEPT + "social-authority");
        for (String n : List.of("norms", "beliefs", "values")) {
            assertTrue(concepts.getResource(TestResources.CONCEPT + n).hasProperty(SKOS.broader, social),
                    n + " is narrower than social-authority");
        }
        // the four processes named at the start of Results
        assertEquals(Set.of("exploiting-existing-relationships", "leveraging-local-credibility", "utilising-position",
                "licence-and-opportunity"), conceptIds("process"));
        // conditions can enable or constrain, and their definitions say which
        for (String id : conceptIds("condition")) {
            String def = literals(concepts.getResource(TestResources.CONCEPT + id), SKOS.definition, "en").get(0)
                    .getLexicalForm();
            assertTrue(def.contains("enables") || def.contains("constrains"), id + ": say whether it enables or constrains");
        }
    }

    private static Set<String> conceptIds(String schemeId) {
        Resource scheme = concepts.getResource(TestResources.SCHEME + schemeId);
        return concepts.listSubjectsWithProperty(SKOS.inScheme, scheme).toList().stream()
                .map(r -> r.getURI().substring(TestResources.CONCEPT.length()))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    // ---------------------------------------------------------------- data/README.md

    /** The "Concept schemes" table of data/README.md: scheme id to concept ids. */
    static Map<String, Set<String>> readmeSchemes() throws IOException {
        Path readme = TestResources.repositoryRoot().resolve("data/README.md");
        assertTrue(Files.isRegularFile(readme), "data/README.md not found at " + readme);
        List<String> lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
        int start = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).trim().equals("## Concept schemes")) { start = i; break; }
        }
        assertTrue(start >= 0, "no '## Concept schemes' section in " + readme);
        Map<String, Set<String>> out = new TreeMap<>();
        Pattern code = Pattern.compile("`([^`]+)`");
        for (int i = start + 1; i < lines.size() && !lines.get(i).startsWith("## "); i++) {
            String line = lines.get(i).trim();
            if (!line.startsWith("|") || line.startsWith("|---") || line.contains("scheme id")) continue;
            String[] cells = line.split("\\|");
            // cells: "", scheme, used in, concepts, ""
            Matcher sm = code.matcher(cells[1]);
            assertTrue(sm.find(), "no scheme id in " + line);
            Set<String> ids = new TreeSet<>();
            Matcher cm = code.matcher(cells[3]);
            while (cm.find()) ids.add(cm.group(1));
            out.put(sm.group(1), ids);
        }
        return out;
    }

    @Test
    void schemesAndConceptsAreExactlyThoseOfTheDataReadme() throws IOException {
        Map<String, Set<String>> expected = readmeSchemes();
        assertEquals(15, expected.size(), "schemes in data/README.md: " + expected.keySet());
        assertEquals(new TreeSet<>(SCHEME_CLASS.keySet()), expected.keySet());
        Map<String, Set<String>> actual = new TreeMap<>();
        for (Resource s : concepts.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).toList()) {
            String id = s.getURI().substring(TestResources.SCHEME.length());
            actual.put(id, conceptIds(id));
        }
        assertEquals(expected, actual);
        Set<String> allIds = new TreeSet<>();
        expected.values().forEach(allIds::addAll);
        assertEquals(expected.values().stream().mapToInt(Set::size).sum(), allIds.size(), "concept ids are unique across schemes");
    }

    @Test
    void readmeParserReadsTheTable() throws IOException {
        // guards the parser above: a row of the table as printed
        Map<String, Set<String>> r = readmeSchemes();
        assertEquals(new TreeSet<>(Arrays.asList("macro", "meso", "micro")), r.get("scale"));
        assertNotNull(r.get("post"));
    }
}
