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
        Counts before = inStore(dsg, study.graphs().iris());
        Counts after = count(study.graphs().study(), study.graphs().excerpts());
        if (!replace && after.shrinksToLessThanHalfOf(before)) {
            Problems problems = new Problems();
            problems.add(Problem.ofFile(ProblemId.RELOAD_SHRINKS, study.location(),
                    "this reload of study '" + study.studyId() + "' would leave " + after.words() + " where the store holds " + before.words() + ".",
                    "If that is what you mean, load again with --replace; otherwise check the bundle's files (a file with only its header line empties its part)."));
            problems.throwIfAny(study.origin());
        }
        return new Change(before, after);
    }

    private static long instances(Node type, Graph... graphs) {
        return java.util.Arrays.stream(graphs).flatMap(g -> g.find(Node.ANY, RDF.type.asNode(), type).toList().stream())
                .map(t -> t.getSubject()).distinct().count();
    }

    private static long actors(Graph g) {
        return g.find(Node.ANY, RDF.type.asNode(), Node.ANY).toList().stream()
                .filter(t -> ACTOR_CLASSES.contains(t.getObject())).map(t -> t.getSubject()).distinct().count();
    }
}
