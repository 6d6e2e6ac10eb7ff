package org.safkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.apache.jena.system.Txn;
import org.safkg.refiqda.OffsetMode;
import org.safkg.refiqda.QdaTool;
import org.safkg.store.RdfFileWriter;
import org.safkg.store.StudyStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code safkg export}: writes the whole store (every named graph) to a file. */
@Command(name = "export", mixinStandardHelpOptions = true,
        header = "Write the store to RDF, or a study to REFI-QDA.",
        description = {"Write every graph of the embedded store to a file for bulk loaders (TriG, N-Quads and JSON-LD keep the named graphs; Turtle and RDF/XML merge them),",
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

    @Option(names = "--for", paramLabel = "TOOL", description = "With --qdpx: the tool that will open the project (nvivo, atlasti, maxqda, qualcoder), "
            + "so that selections are counted its way: nvivo counts UTF-16 units, the others code points.")
    String forTool;

    @Option(names = "--offsets", paramLabel = "MODE", description = "With --qdpx: count selection positions in code-points or utf16 (overrides --for). "
            + "Default: code-points, as the REFI-QDA standard counts.")
    String offsets;

    @Option(names = "--format", paramLabel = "FORMAT", description = "nq, trig, ttl, jsonld or rdfxml (default: from the file's extension; .rdf is rdfxml).")
    String format;

    @Mixin
    StoreOptions store;

    @Override
    public Integer call() {
        if ((out == null) == (qdpx == null)) throw new IllegalArgumentException("give either --out FILE or --qdpx OUT.qdpx");
        if (qdpx == null && (forTool != null || offsets != null)) throw new IllegalArgumentException("--for and --offsets apply to --qdpx only");
        if (qdpx != null) return QdpxExport.run(store.location(), study, qdpx, positions(), spec.commandLine().getOut(), spec.commandLine().getErr());
        var fmt = RdfFileWriter.format(format, out);
        try (StudyStore s = ReadyStore.open(store.location(), spec.commandLine().getErr())) {
            Txn.executeRead(s.datasetGraph(), () -> RdfFileWriter.write(s.datasetGraph(), out, fmt));
        }
        spec.commandLine().getOut().printf("Wrote %s%n", out);
        return 0;
    }

    /** How to count selections: --offsets if given, else as the --for tool counts, else the standard's code points. */
    private OffsetMode positions() {
        if (offsets != null) return OffsetMode.fromOption(offsets);
        return forTool != null ? QdaTool.fromOption(forTool).offsets() : OffsetMode.CODE_POINTS;
    }
}
