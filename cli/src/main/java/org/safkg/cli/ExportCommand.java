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
        description = {"Write every graph of the embedded store to a file (TriG and N-Quads keep the named graphs; Turtle merges them),",
                "or, with --qdpx, one study as a REFI-QDA project for NVivo, ATLAS.ti, MAXQDA or QualCoder."})
final class ExportCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", paramLabel = "FILE", description = "The file to write.")
    Path out;

    @Option(names = "--qdpx", paramLabel = "OUT.qdpx", description = "Write one study as a REFI-QDA project instead.")
    Path qdpx;

    @Option(names = "--study", paramLabel = "ID", description = "The study to write with --qdpx (default: the bundled study, vanguard-2022).")
    String study;

    @Option(names = "--format", paramLabel = "FORMAT", description = "ttl, trig, nq or jsonld (default: from the file's extension).")
    String format;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        if ((out == null) == (qdpx == null)) throw new IllegalArgumentException("give either --out FILE or --qdpx OUT.qdpx");
        if (qdpx != null) return QdpxExport.run(store.location(), study, qdpx, spec.commandLine().getOut(), spec.commandLine().getErr());
        var fmt = RdfFileWriter.format(format, out);
        try (StudyStore s = ReadyStore.open(store.location(), spec.commandLine().getErr())) {
            Txn.executeRead(s.datasetGraph(), () -> RdfFileWriter.write(s.datasetGraph(), out, fmt));
        }
        spec.commandLine().getOut().printf("Wrote %s%n", out);
        return 0;
    }
}
