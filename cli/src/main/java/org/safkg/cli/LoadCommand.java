package org.safkg.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.apache.jena.sparql.core.DatasetGraph;
import org.safkg.load.StudyLoader;
import org.safkg.load.StudyLoader.MappedStudy;
import org.safkg.store.RdfFileWriter;
import org.safkg.remote.GraphTarget;
import org.safkg.remote.RemoteCredentials;
import org.safkg.remote.RemoteLoad;
import org.safkg.remote.RemoteLoadException;
import org.safkg.remote.RemoteTargets;
import org.safkg.store.StudyStore;

import me.tongfei.progressbar.ProgressBar;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code safkg load}: validates a study bundle and loads it into the embedded store (or writes it to a file). */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Validate a study bundle and load it into the embedded TDB2 store, replacing any earlier load of the same study, in one transaction.",
                "With --out, write the graphs to a file instead; with --to, push them to a remote store. Nothing is written if the bundle has any error."})
final class LoadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    BundleOption bundle;

    @Mixin
    StoreOptions store;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of the store.")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", description = "ttl, trig, nq, jsonld or rdfxml (default: from the --out file's extension).")
    String format;

    @Option(names = "--to", paramLabel = "URL", description = {
            "Push the study's named graphs (ontology, study, excerpts, provenance) to a remote store: a SPARQL 1.1 Graph Store Protocol endpoint"
                    + " (e.g. http://localhost:3030/ds/data; each graph is replaced by PUT, so a reload never duplicates),"
                    + " or rdf4j:URL/repositories/ID for an RDF4J Server or GraphDB repository (RDF4J REST protocol).",
            "Credentials come from SAFKG_REMOTE_USER and SAFKG_REMOTE_PASSWORD, or from a file named by SAFKG_REMOTE_CREDENTIALS"
                    + " (lines user=... and password=...), never from the command line. The excerpts graph holds the verbatim quotes: restrict it on the remote store."})
    String to;

    @Option(names = "--chunk", paramLabel = "TRIPLES", defaultValue = "10000", description = "With --to: at most this many triples per request (default ${DEFAULT-VALUE}).")
    int chunk;

    @Override
    public Integer call() {
        Path folder = bundle.folder();
        StudyLoader loader = new StudyLoader();
        if (to != null) {
            if (out != null) throw new IllegalArgumentException("give --to (a remote store) or --out (a file), not both");
            return push(folder, loader);
        }
        if (out != null) {
            var fmt = RdfFileWriter.format(format, out);
            MappedStudy study = loader.prepare(folder);
            RdfFileWriter.write(StudyLoader.asDataset(study), out, fmt);
            spec.commandLine().getOut().printf("Wrote study %s (%d + %d triples) to %s%n", study.bundle().studyId(),
                    study.graphs().study().size(), study.graphs().excerpts().size(), out);
            return 0;
        }
        try (StudyStore s = StudyStore.open(store.location())) {
            MappedStudy study = loader.load(folder, s);
            spec.commandLine().getOut().printf("Loaded study %s into %s: %d triples in <%s>, %d in <%s>%n",
                    study.bundle().studyId(), store.location(), study.graphs().study().size(), study.graphs().iris().studyGraph(),
                    study.graphs().excerpts().size(), study.graphs().iris().excerptsGraph());
        }
        return 0;
    }

    private int push(Path folder, StudyLoader loader) {
        if (chunk < 1) throw new IllegalArgumentException("--chunk must be at least 1, got " + chunk);
        // the target and credentials are checked before the bundle is read, so a typo fails fast
        GraphTarget target = RemoteTargets.parse(to, RemoteCredentials.fromEnvironment(System.getenv()));
        MappedStudy study = loader.prepare(folder);
        DatasetGraph dsg = StudyLoader.asDataset(study);
        PrintWriter err = spec.commandLine().getErr();
        List<String> written;
        try (target; ProgressBar bar = PushProgress.bar(err, RemoteLoad.size(dsg))) {
            written = new RemoteLoad(chunk).push(dsg, target, PushProgress.listener(bar));
        } catch (RemoteLoadException e) {
            err.println();
            err.println("error: " + e.getMessage());
            err.println("Written in full: " + (e.written().isEmpty() ? "none" : String.join(", ", e.written())));
            err.println("Not written: " + String.join(", ", e.notWritten()));
            err.println("Run the same command again to finish: each graph is replaced, so nothing is duplicated.");
            err.flush();
            return 1;
        }
        err.println();
        err.flush();
        spec.commandLine().getOut().printf("Pushed study %s to %s: %d graphs, %d triples (%s)%n", study.bundle().studyId(), target.describe(),
                written.size(), RemoteLoad.size(dsg), String.join(", ", written));
        return 0;
    }
}
