package org.safkg.pipeline;

import java.util.function.Consumer;

import org.apache.jena.graph.Graph;
import org.apache.jena.riot.system.StreamRDFBase;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.safkg.study.StudyGraphs;

/**
 * A streamed study written where the checks cannot read it back (a file, a spool of temporary files): only the types of
 * its nodes are kept in memory for them, which they look up as they watch the write.
 */
public final class WatchedWrite {
    private WatchedWrite() {
    }

    /**
     * Maps the study (on a thread of its own, see {@link MappedAhead}), sends each distinct quad to {@code write} on this
     * thread, and requires the checks.
     *
     * @return the quads counted per graph
     * @throws org.safkg.problems.InvalidInputException if a check has a problem, once every quad was written: the caller
     *                                                  then throws away what was written
     */
    public static ReloadGuard.Counter write(StreamedStudy study, StudyChecks checks, Consumer<Quad> write) {
        Graph types = GraphFactory.createGraphMem();
        ReloadGuard.Counter counter = new ReloadGuard.Counter(q -> {});
        StudyStream written = StudyStream.of(new StreamRDFBase() {
            @Override
            public void quad(Quad q) {
                write.accept(q);
                if (q.getPredicate().equals(RDF.type.asNode())) types.add(q.asTriple());
            }
        });
        try (StudyChecks.Watching watching = checks.watch(study, types)) {
            new MappedAhead(study.quads(), toWriter -> new DistinctQuads(StudyStream.both(counter, toWriter)))
                    .emit(StudyStream.both(written, watching.stream()));
            watching.require(study.over(new StudyGraphs(study.iris(), types, GraphFactory.createGraphMem())));
        }
        return counter;
    }
}
