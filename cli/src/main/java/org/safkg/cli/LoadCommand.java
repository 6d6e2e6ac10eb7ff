package org.safkg.cli;

import java.util.concurrent.Callable;

import org.safkg.pipeline.StudyPipeline;
import org.safkg.pipeline.TdbStoreSink;
import org.safkg.study.StudyIris;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code safkg load}: validates a study bundle and loads it into the embedded store (or writes it to a file or a remote store). */
@Command(name = "load", mixinStandardHelpOptions = true,
        header = "Validate a study bundle and load it into the store.",
        description = {"Validate a study bundle and load it into the embedded TDB2 store, replacing any earlier load of the same study, in one transaction.",
                "With --out, write the graphs to a file instead; with --to, push them to a remote store. Nothing is written if the bundle has any error."})
final class LoadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    BundleOption bundle;

    @Mixin
    SinkOptions sink;

    @Option(names = "--replace", description = "Reload even if the study would lose more than half of its episodes, excerpts or actors"
            + " (refused otherwise, as reload-shrinks: a file left with only its header empties its part).")
    boolean replace;

    @Override
    public Integer call() {
        // a bundle's file holds the ontology too, so that it answers the competency queries on its own
        return Ingest.run(spec, sink, true, bundle::source, this::message,
                s -> sink.kind() == SinkOptions.Kind.STORE ? TdbStoreSink.at(sink.store.location(), replace) : s);
    }

    private String message(Ingest.Outcome o) {
        StudyPipeline.Result s = o.study();
        StudyIris iris = new StudyIris(s.studyId());
        long study = o.triples(iris.studyGraph()), excerpts = o.triples(iris.excerptsGraph());
        return switch (o.kind()) {
            case STORE -> String.format("Loaded study %s into %s: %d triples in <%s>, %d in <%s> (%s)", s.studyId(), o.report().destination(),
                    study, iris.studyGraph(), excerpts, iris.excerptsGraph(), o.report().change());
            case FILE -> String.format("Wrote study %s (%d + %d triples) to %s", s.studyId(), study, excerpts, o.report().destination());
            case REMOTE -> String.format("Pushed study %s to %s: %d graphs, %d triples (%s)", s.studyId(), o.report().destination(),
                    o.report().graphs().size(), o.report().triples(), String.join(", ", o.report().graphNames()));
        };
    }
}
