package org.safkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.safkg.load.StudyLoader;
import org.safkg.load.StudyLoader.MappedStudy;
import org.safkg.store.RdfFileWriter;
import org.safkg.store.StudyStore;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code safkg load}: validates a study bundle and loads it into the embedded store (or writes it to a file). */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = {"Validate a study bundle and load it into the embedded TDB2 store, replacing any earlier load of the same study, in one transaction.",
                "With --out, write the graphs to a file instead. Nothing is written if the bundle has any error."})
final class LoadCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    BundleOption bundle;

    @Mixin
    StoreOptions store;

    @Option(names = "--out", paramLabel = "FILE", description = "Write to this file instead of the store.")
    Path out;

    @Option(names = "--format", paramLabel = "FORMAT", description = "ttl, trig, nq or jsonld (default: from the --out file's extension).")
    String format;

    @Override
    public Integer call() {
        Path folder = bundle.folder();
        StudyLoader loader = new StudyLoader();
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
}
