package org.safkg.cli;

import java.io.PrintWriter;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

import org.safkg.pipeline.StudyPipeline;
import org.safkg.pipeline.StudySink;
import org.safkg.pipeline.StudySource;
import org.safkg.pipeline.WriteReport;
import org.safkg.remote.RemoteLoadException;

import picocli.CommandLine.Model.CommandSpec;

/** The one command path of load and import: options, then a sink, then the source, through {@link StudyPipeline}, then the report. */
final class Ingest {
    /** What was read, where it went, and which kind of sink that was. */
    record Outcome(StudyPipeline.Result study, WriteReport report, SinkOptions.Kind kind) {
        /** The number of triples written to a graph (0 if none was). */
        long triples(String graphIri) {
            return report.graphs().getOrDefault(graphIri, 0L);
        }
    }

    private Ingest() {}

    /**
     * Runs the pipeline and prints the source's warnings (stderr) and the command's message (stdout).
     *
     * @param source          made only once the sink's options have been checked
     * @param ontologyInFile  whether --out writes the ontology graph too
     * @return the exit code: 0, or 1 if a push stopped part way (what was written is printed)
     */
    static int run(CommandSpec spec, SinkOptions where, boolean ontologyInFile, Supplier<StudySource> source, Function<Outcome, String> message) {
        return run(spec, where, ontologyInFile, source, message, UnaryOperator.identity());
    }

    /** As above, with the sink the options name replaced or wrapped by {@code sinkFor} (e.g. an import's guard on the store). */
    static int run(CommandSpec spec, SinkOptions where, boolean ontologyInFile, Supplier<StudySource> source, Function<Outcome, String> message,
                   UnaryOperator<StudySink> sinkFor) {
        PrintWriter err = spec.commandLine().getErr();
        StudyPipeline.Result result;
        try (PushProgress progress = new PushProgress(err)) {
            StudySink sink = sinkFor.apply(where.sink(ontologyInFile, progress));
            try {
                result = StudyPipeline.standard().run(source.get(), sink);
            } catch (RemoteLoadException e) {
                progress.close();
                err.println("error: " + e.getMessage());
                err.println("Written in full: " + (e.written().isEmpty() ? "none" : String.join(", ", e.written())));
                err.println("Not written: " + String.join(", ", e.notWritten()));
                err.println("Run the same command again to finish: each graph is replaced, so nothing is duplicated.");
                err.flush();
                return 1;
            }
        }
        result.warnings().forEach(w -> err.println("warning: " + w));
        spec.commandLine().getOut().println(message.apply(new Outcome(result, result.report(), where.kind())));
        return 0;
    }
}
