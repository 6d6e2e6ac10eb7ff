package org.safkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.system.Txn;
import org.safkg.store.RdfFileWriter;
import org.safkg.store.StudyStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code safkg export}: writes the whole store (every named graph) to a file. */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Write every graph of the embedded store to a file for bulk loaders (TriG, N-Quads and JSON-LD keep the named graphs; Turtle and RDF/XML merge them).")
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "FILE", description = "The file to write.")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", description = "nq, trig, ttl, jsonld or rdfxml (default: from the file's extension; .rdf is rdfxml).")
    String format;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        var fmt = RdfFileWriter.format(format, out);
        try (StudyStore s = ReadyStore.open(store.location(), spec.commandLine().getErr())) {
            Txn.executeRead(s.datasetGraph(), () -> RdfFileWriter.write(s.datasetGraph(), out, fmt));
        }
        spec.commandLine().getOut().printf("Wrote %s%n", out);
        return 0;
    }
}
