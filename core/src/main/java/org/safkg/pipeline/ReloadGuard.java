package org.safkg.pipeline;

import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.safkg.problems.InvalidInputException;
import org.safkg.problems.Problem;
import org.safkg.problems.ProblemId;
import org.safkg.problems.Problems;
import org.safkg.study.StudyIris;
import org.safkg.vocab.SAF;

/**
 * Refuses a reload that would remove more than half of a study's episodes, excerpts or actors, unless the user said
 * {@code --replace}: a header-only episodes.csv must not silently delete a study's episodes.
 */
public final class ReloadGuard {
    /** How many of the things a researcher would miss a study holds. */
    public record Counts(long episodes, long excerpts, long actors) {
        /** The counts in words, e.g. {@code 12 episodes, 13 excerpts, 20 actors}. */
        public String words() {
            return episodes + " episodes, " + excerpts + " excerpts, " + actors + " actors";
        }

        boolean shrinksToLessThanHalfOf(Counts before) {
            return halves(before.episodes, episodes) || halves(before.excerpts, excerpts) || halves(before.actors, actors);
        }

        private static boolean halves(long before, long after) {
            return before > 0 && after * 2 < before;
        }
    }

    private static final Set<Node> ACTOR_CLASSES = Set.of(SAF.Person.asNode(), SAF.Respondent.asNode(), SAF.ActorGroup.asNode(), SAF.FocusGroup.asNode());

    private ReloadGuard() {
    }

    /** The counts of a study's graphs. */
    public static Counts count(Graph study, Graph excerpts) {
        return new Counts(instances(SAF.LeadershipEpisode.asNode(), study, excerpts), instances(SAF.Excerpt.asNode(), study, excerpts),
                actors(study));
    }

    /**
     * Counts a study's episodes, excerpts and actors, and its quads per graph, as they stream past (each quad once), and
     * passes each quad on to where it is written.
     */
    public static final class Counter extends org.apache.jena.riot.system.StreamRDFBase implements StudyStream {
        private final PerEntitySet<Node> episodes = new PerEntitySet<>(), excerpts = new PerEntitySet<>(), actors = new PerEntitySet<>();
        private long episodeCount, excerptCount, actorCount;
        private final java.util.Map<String, Long> perGraph = new java.util.HashMap<>();
        private final java.util.function.Consumer<org.apache.jena.sparql.core.Quad> out;

        /** A counter that passes each quad to {@code out} once counted. */
        public Counter(java.util.function.Consumer<org.apache.jena.sparql.core.Quad> out) {
            this.out = out;
        }

        @Override
        public void quad(org.apache.jena.sparql.core.Quad q) {
            count(q);
            out.accept(q);
        }

        private void count(org.apache.jena.sparql.core.Quad q) {
            perGraph.merge(q.getGraph().getURI(), 1L, Long::sum);
            if (!q.getPredicate().equals(RDF.type.asNode())) return;
            Node type = q.getObject();
            // an entity's quads all come before its end (StudyQuads), so its subject is counted once per kind
            if (type.equals(SAF.LeadershipEpisode.asNode()) && episodes.add(q.getSubject())) episodeCount++;
            if (type.equals(SAF.Excerpt.asNode()) && excerpts.add(q.getSubject())) excerptCount++;
            if (ACTOR_CLASSES.contains(type) && actors.add(q.getSubject())) actorCount++;
        }

        /** The current entity has ended: its subjects need not be remembered. */
        @Override
        public void entityEnd() {
            episodes.entityEnd();
            excerpts.entityEnd();
            actors.entityEnd();
        }

        public Counts counts() {
            return new Counts(episodeCount, excerptCount, actorCount);
        }

        /** The quads counted in a graph. */
        public long quads(String graphIri) {
            return perGraph.getOrDefault(graphIri, 0L);
        }
    }

    /** The counts of the study as the store holds it now (zeros if it holds none); opens its own read transaction. */
    public static Counts inStore(DatasetGraph dsg, StudyIris iris) {
        return Txn.calculateRead(dsg, () -> count(dsg.getGraph(NodeFactory.createURI(iris.studyGraph())),
                dsg.getGraph(NodeFactory.createURI(iris.excerptsGraph()))));
    }

    /** What a reload changes: the counts the store holds, and those of the study written over them. */
    public record Change(Counts before, Counts after) {
        /** In words, for the load's message: {@code new study: ...} or {@code before: ...; now: ...}. */
        public String words() {
            return before.equals(new Counts(0, 0, 0)) ? "new study: " + after.words() : "before: " + before.words() + "; now: " + after.words();
        }
    }

    /**
     * Checks a reload against what the store holds.
     *
     * @return the counts before and after the reload
     * @throws InvalidInputException ({@code reload-shrinks}) if the study would lose more than half of a kind and {@code replace} is false
     */
    public static Change check(PreparedStudy study, DatasetGraph dsg, boolean replace) {
        return check(study.studyId(), study.origin(), study.location(), inStore(dsg, study.graphs().iris()),
                count(study.graphs().study(), study.graphs().excerpts()), replace);
    }

    /**
     * Checks a reload of a study, given its counts before and after.
     *
     * @param origin   the input, as messages name it
     * @param location the file or folder read
     * @throws InvalidInputException ({@code reload-shrinks}) if the study would lose more than half of a kind and {@code replace} is false
     */
    public static Change check(String studyId, String origin, java.nio.file.Path location, Counts before, Counts after, boolean replace) {
        if (!replace && after.shrinksToLessThanHalfOf(before)) {
            Problems problems = new Problems();
            problems.add(Problem.ofFile(ProblemId.RELOAD_SHRINKS, location,
                    "this reload of study '" + studyId + "' would leave " + after.words() + " where the store holds " + before.words() + ".",
                    "If that is what you mean, load again with --replace; otherwise check the bundle's files (a file with only its header line empties its part)."));
            problems.throwIfAny(origin);
        }
        return new Change(before, after);
    }

    private static long instances(Node type, Graph... graphs) {
        java.util.Set<Node> subjects = new java.util.HashSet<>();
        for (Graph g : graphs) g.find(Node.ANY, RDF.type.asNode(), type).forEachRemaining(t -> subjects.add(t.getSubject()));
        return subjects.size();
    }

    private static long actors(Graph g) {
        java.util.Set<Node> subjects = new java.util.HashSet<>();
        for (Node c : ACTOR_CLASSES) g.find(Node.ANY, RDF.type.asNode(), c).forEachRemaining(t -> subjects.add(t.getSubject()));
        return subjects.size();
    }
}
