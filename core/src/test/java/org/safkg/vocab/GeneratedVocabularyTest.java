package org.safkg.vocab;

import static org.junit.jupiter.api.Assertions.*;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

/**
 * The vocabulary classes are generated from the ontology at build time (schemagen, see core/pom.xml):
 * every class and property the ontology declares in a namespace is a constant of that namespace's
 * class, of the right Java type, and nothing else is; no hand-written copy is left in the sources.
 */
class GeneratedVocabularyTest {
    static final Path ROOT = Path.of(System.getProperty("safkg.root", ".."));
    static final Model ONTOLOGY = RDFDataMgr.loadModel(ROOT.resolve("ontology/saf-kg.ttl").toString())
            .add(RDFDataMgr.loadModel(ROOT.resolve("ontology/saf-kg-refiqda.ttl").toString()));

    @Test
    void everyDeclaredTermIsAConstantOfItsNamespacesClass() throws Exception {
        Map<Class<?>, String> classes = Map.of(SAF.class, SAF.NS, PROV.class, PROV.NS, QB.class, QB.NS, ADMS.class, ADMS.NS, QDA.class, QDA.NS);
        for (var e : classes.entrySet()) {
            String ns = e.getValue();
            Set<String> owlClasses = declared(ns, OWL.Class);
            Set<String> properties = declared(ns, OWL.ObjectProperty);
            properties.addAll(declared(ns, OWL.DatatypeProperty));
            // (schemagen's OWL mode leaves annotation properties out: saf:conceptClass, read from the data files only)
            assertFalse(owlClasses.isEmpty() && properties.isEmpty(), ns);
            Set<String> resources = new TreeSet<>(), props = new TreeSet<>();
            for (Field f : e.getKey().getFields()) {
                if (!Modifier.isStatic(f.getModifiers())) continue;
                Object v = f.get(null);
                if (v instanceof Property p && p.getURI().startsWith(ns)) {
                    assertEquals(ns + f.getName(), p.getURI());
                    props.add(f.getName());
                } else if (v instanceof Resource r && r.isURIResource() && r.getURI().startsWith(ns) && r.getURI().length() > ns.length()) {
                    resources.add(f.getName());
                }
            }
            assertEquals(properties, props, "properties of " + e.getKey().getSimpleName());
            assertTrue(resources.containsAll(owlClasses), "classes of " + e.getKey().getSimpleName() + ": " + owlClasses + " vs " + resources);
        }
    }

    @Test
    void theClassesAreGeneratedNotWritten() throws Exception {
        for (String name : Set.of("SAF", "PROV", "QB", "ADMS", "QDA")) {
            assertFalse(Files.exists(ROOT.resolve("core/src/main/java/org/safkg/vocab/" + name + ".java")), name + ".java is written by hand");
            assertTrue(Files.isRegularFile(ROOT.resolve("core/target/generated-sources/schemagen/org/safkg/vocab/" + name + ".java")), name);
        }
        // and no module's main code spells an ontology term's IRI out (the generated constants are the one place)
        try (var files = Files.walk(ROOT)) {
            Set<Path> spelled = files.filter(p -> p.toString().endsWith(".java") && p.toString().contains("/src/main/java/"))
                    .filter(p -> !p.toString().contains("/target/"))
                    .filter(p -> {
                        try {
                            String text = Files.readString(p);
                            return text.contains("\"https://w3id.org/safkg/ontology#") || text.contains("\"https://w3id.org/safkg/refiqda#");
                        } catch (java.io.IOException ex) {
                            throw new java.io.UncheckedIOException(ex);
                        }
                    }).collect(Collectors.toSet());
            assertEquals(Set.of(), spelled);
        }
    }

    private static Set<String> declared(String ns, Resource type) {
        return ONTOLOGY.listSubjectsWithProperty(RDF.type, type).toList().stream()
                .filter(Resource::isURIResource).map(Resource::getURI)
                .filter(u -> u.startsWith(ns)).map(u -> u.substring(ns.length()))
                .collect(Collectors.toCollection(TreeSet::new));
    }
}
