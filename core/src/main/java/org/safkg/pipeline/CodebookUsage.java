package org.safkg.pipeline;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.system.StreamRDFWrapper;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.OA;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.safkg.ontology.OntologyFiles;
import org.safkg.study.StudyIris;
import org.safkg.vocab.QB;
import org.safkg.vocab.SAF;

/**
 * A stage of a study's stream that counts, entity by entity, how many of the study's episodes name each concept and
 * how many of its excerpts are coded with it, and then states the counts as the study's codebook usage data cube
 * ({@code saf:CodebookUsageDataSet}). A question over the whole store (codebook-usage) then reads one observation per
 * concept instead of every episode and annotation. It keeps one entity's quads and one counter per concept.
 */
public final class CodebookUsage extends StreamRDFWrapper implements StudyStream {
    private static final Node TYPE = RDF.type.asNode();
    private static final Node EPISODE = SAF.LeadershipEpisode.asNode();
    private static final Node ANNOTATION = OA.Annotation.asNode();
    private static final Node HAS_BODY = OA.hasBody.asNode();
    private static final Node HAS_TARGET = OA.hasTarget.asNode();
    private static final Node IN_STUDY = SAF.inStudy.asNode();
    private static final Node CONCEPT = SKOS.Concept.asNode();

    private final StudyIris iris;
    private final StudyStream out;
    /** SAF-KG's concepts and those the study has defined so far (a codebook's worth). */
    private final Set<Node> concepts = new HashSet<>();
    /** The current entity's quads that may count: IRI objects (rdf:type among them). */
    private final List<Quad> entity = new ArrayList<>();
    private final Map<Node, long[]> counts = new HashMap<>();

    /** A stage that passes every quad and entity end on to {@code out}, counting the uses of concepts as they pass. */
    public CodebookUsage(StudyIris iris, StudyStream out) {
        super(out);
        this.iris = iris;
        this.out = out;
        OntologyFiles.ontologyAndConcepts().find(Node.ANY, TYPE, CONCEPT).forEachRemaining(t -> concepts.add(t.getSubject()));
    }

    /** Adds the study's codebook usage data cube to its graph, counted over the graph's triples. */
    public static void addTo(StudyIris iris, Graph study) {
        Node graph = NodeFactory.createURI(iris.studyGraph());
        List<Quad> cube = new ArrayList<>();
        CodebookUsage usage = new CodebookUsage(iris, StudyStream.of(new org.apache.jena.riot.system.StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                cube.add(q);
            }
        }));
        // the whole graph is one entity: every subject's triples are in it
        study.find().forEachRemaining(t -> usage.count(Quad.create(graph, t)));
        usage.countEntity();
        usage.stateCube();
        cube.forEach(q -> study.add(q.asTriple()));
    }

    @Override
    public void quad(Quad q) {
        count(q);
        out.quad(q);
    }

    @Override
    public void entityEnd() {
        countEntity();
        out.entityEnd();
    }

    private void count(Quad q) {
        if (q.getObject().isURI()) entity.add(q);
    }

    /** Counts the entity that ended: each episode once per concept it names, each excerpt once per concept coding it. */
    private void countEntity() {
        Map<Node, Set<Node>> types = new HashMap<>();
        Set<Node> inStudy = new HashSet<>();
        for (Quad q : entity) {
            if (q.getPredicate().equals(TYPE)) types.computeIfAbsent(q.getSubject(), s -> new HashSet<>()).add(q.getObject());
            if (q.getPredicate().equals(IN_STUDY)) inStudy.add(q.getSubject());
        }
        types.forEach((s, t) -> { if (t.contains(CONCEPT)) concepts.add(s); });
        Set<List<Node>> episodeUses = new HashSet<>();
        Map<Node, List<Node>> bodies = new HashMap<>();
        Map<Node, List<Node>> targets = new HashMap<>();
        for (Quad q : entity) {
            Node s = q.getSubject();
            Node o = q.getObject();
            Set<Node> t = types.getOrDefault(s, Set.of());
            if (t.contains(EPISODE) && inStudy.contains(s) && concepts.contains(o)) episodeUses.add(List.of(o, s));
            if (t.contains(ANNOTATION) && q.getPredicate().equals(HAS_BODY) && concepts.contains(o)) bodies.computeIfAbsent(s, a -> new ArrayList<>()).add(o);
            if (t.contains(ANNOTATION) && q.getPredicate().equals(HAS_TARGET) && inStudy.contains(o)) targets.computeIfAbsent(s, a -> new ArrayList<>()).add(o);
        }
        Set<List<Node>> codings = new HashSet<>();
        bodies.forEach((a, cs) -> cs.forEach(c -> targets.getOrDefault(a, List.of()).forEach(x -> codings.add(List.of(c, x)))));
        episodeUses.forEach(use -> counts.computeIfAbsent(use.get(0), c -> new long[2])[0]++);
        codings.forEach(use -> counts.computeIfAbsent(use.get(0), c -> new long[2])[1]++);
        entity.clear();
    }

    /** Sends the data cube of the counts so far, as one entity of the study graph (call once, after the study's last entity). */
    public void stateCube() {
        if (counts.isEmpty()) return;
        Node graph = NodeFactory.createURI(iris.studyGraph());
        Node dataSet = NodeFactory.createURI(iris.of("dataset", "codebook-usage"));
        out.quad(Quad.create(graph, dataSet, TYPE, SAF.CodebookUsageDataSet.asNode()));
        out.quad(Quad.create(graph, dataSet, TYPE, QB.DataSet.asNode()));
        out.quad(Quad.create(graph, dataSet, RDFS.label.asNode(), NodeFactory.createLiteralString("Uses of each concept in the study's episodes and coded excerpts")));
        out.quad(Quad.create(graph, dataSet, QB.structure.asNode(), SAF.codebookUsageStructure.asNode()));
        out.quad(Quad.create(graph, dataSet, IN_STUDY, NodeFactory.createURI(iris.study())));
        // by IRI, so that the same study gives the same quads in the same order
        Map<String, long[]> byIri = new TreeMap<>();
        counts.forEach((c, n) -> byIri.put(c.getURI(), n));
        Set<String> names = new HashSet<>();
        byIri.forEach((concept, n) -> {
            String name = concept.substring(Math.max(concept.lastIndexOf('/'), concept.lastIndexOf('#')) + 1);
            String unique = name;
            for (int i = 2; !names.add(unique); i++) unique = name + "-" + i;
            Node o = NodeFactory.createURI(iris.of("observation", "codebook-usage/" + unique));
            out.quad(Quad.create(graph, o, TYPE, QB.Observation.asNode()));
            out.quad(Quad.create(graph, o, QB.dataSet.asNode(), dataSet));
            out.quad(Quad.create(graph, o, SAF.usedConcept.asNode(), NodeFactory.createURI(concept)));
            out.quad(Quad.create(graph, o, SAF.episodeCount.asNode(), NodeFactory.createLiteralDT(Long.toString(n[0]), XSDDatatype.XSDinteger)));
            out.quad(Quad.create(graph, o, SAF.codedExcerptCount.asNode(), NodeFactory.createLiteralDT(Long.toString(n[1]), XSDDatatype.XSDinteger)));
        });
        out.entityEnd();
    }
}
