package org.safkg.cli;

import java.nio.file.Path;

import org.safkg.pipeline.PreparedStudy;
import org.safkg.pipeline.RdfFileSink;
import org.safkg.pipeline.StreamedStudy;
import org.safkg.pipeline.StreamingStudySink;
import org.safkg.pipeline.StudyChecks;
import org.safkg.pipeline.StudySink;
import org.safkg.pipeline.TdbStoreSink;
import org.safkg.pipeline.WriteReport;
import org.safkg.remote.GraphTarget;
import org.safkg.remote.RemoteCredentials;
import org.safkg.remote.RemoteSink;
import org.safkg.remote.RemoteTargets;
import org.safkg.store.RdfFileWriter;

import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** Where load and import write a study: the embedded store (default), a file (--out) or a remote store (--to). */
final class SinkOptions {
    @Mixin
    StoreOptions store;

    @Option(names = "--out", paramLabel = "FILE", description = "Write the graphs to this file instead of the store.")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", description = "ttl, trig, nq, jsonld or rdfxml (default: from the --out file's extension).")
    String format;

    @Option(names = "--to", paramLabel = "URL", description = {
            "Push the study's named graphs (ontology, study, excerpts, provenance) to a remote store: a SPARQL 1.1 Graph Store Protocol"
                    + " endpoint (each graph is replaced by PUT, so a reload never duplicates), e.g.",
            "http://localhost:3030/ds/data,",
            "or an RDF4J Server or GraphDB repository (RDF4J REST protocol) as",
            "rdf4j:URL/repositories/ID.",
            "Credentials come from SAFKG_REMOTE_USER and SAFKG_REMOTE_PASSWORD, or from a file named by SAFKG_REMOTE_CREDENTIALS"
                    + " (lines user=... and password=...), never from the command line. The excerpts graph holds the verbatim quotes: restrict it on the remote store."})
    String to;

    @Option(names = "--chunk", paramLabel = "TRIPLES", defaultValue = "10000", description = "With --to: at most this many triples per request (default ${DEFAULT-VALUE}).")
    int chunk;

    /** The kinds of sink, for the message each command prints. */
    enum Kind { STORE, FILE, REMOTE }

    Kind kind() {
        if (to != null) {
            if (out != null) throw new IllegalArgumentException("give --to (a remote store) or --out (a file), not both");
            return Kind.REMOTE;
        }
        return out != null ? Kind.FILE : Kind.STORE;
    }

    /**
     * The sink the options name, built (and its options checked) before the study is read, so that a typo fails fast.
     * The store is opened only when a checked study is written.
     *
     * @param ontologyInFile whether --out writes the ontology graph too
     */
    StudySink sink(boolean ontologyInFile, PushProgress progress) {
        return switch (kind()) {
            case REMOTE -> {
                if (chunk < 1) throw new IllegalArgumentException("--chunk must be at least 1, got " + chunk);
                GraphTarget target = RemoteTargets.parse(to, RemoteCredentials.fromEnvironment(System.getenv()));
                yield new ClosingSink(new RemoteSink(target, chunk, progress), target);
            }
            case FILE -> new RdfFileSink(out, RdfFileWriter.format(format, out), ontologyInFile);
            case STORE -> TdbStoreSink.at(store.location());
        };
    }

    /** A remote sink that closes its target (e.g. an RDF4J HTTP client) once written; a bundle is streamed to it. */
    private record ClosingSink(RemoteSink sink, GraphTarget target) implements StreamingStudySink {
        @Override
        public WriteReport write(PreparedStudy study) {
            try (target) {
                return sink.write(study);
            }
        }

        @Override
        public WriteReport write(StreamedStudy study, StudyChecks checks) {
            try (target) {
                return sink.write(study, checks);
            }
        }
    }
}
