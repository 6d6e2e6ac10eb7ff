package org.safkg.cli;

import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.safkg.pipeline.StudyPipeline;
import org.safkg.study.StudyIris;
import org.safkg.pipeline.PreparedStudy;
import org.safkg.pipeline.StudySource;
import org.safkg.refiqda.OffsetMode;
import org.safkg.refiqda.QdaProjectSource;
import org.safkg.refiqda.RefiQdaImporter;
import org.safkg.refiqda.ProjectStoreSink;
import org.safkg.refiqda.RefiQdaImporter.Options;
import org.safkg.refiqda.ZipLimits;

import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code safkg import}: imports a REFI-QDA project or codebook (NVivo, ATLAS.ti, MAXQDA, QualCoder) as a study. */
@Command(name = "import", mixinStandardHelpOptions = true,
        header = "Import a REFI-QDA project or codebook as a study.",
        description = {"Import a REFI-QDA project (.qdpx, or a .qde beside its sources/ folder) or codebook (.qdc) as a study,",
                "replacing any earlier import of the same project in one transaction. Nothing is written if the file has any error.",
                "A different project (or a bundle) already stored under the same study id is refused: give --as or --replace."})
final class ImportCommand implements Callable<Integer> {
    /** Below this many selections a progress bar would only flicker. */
    private static final long PROGRESS_FROM = 2_000;

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "FILE", description = "The .qdpx, .qde or .qdc file.")
    Path file;

    @Option(names = "--mapping", paramLabel = "MAP.csv", description = "Your codes mapped to SAF-KG concepts: a CSV with code,match,concept (match: exact, close or broad).")
    Path mapping;

    @Option(names = {"--as", "--study"}, paramLabel = "STUDY_ID", description = "The study id (default: from the project's name).")
    String study;

    @Option(names = "--replace", description = "Replace the study stored under this id even if it came from a different project or a bundle.")
    boolean replace;

    @Option(names = "--offsets", paramLabel = "MODE", description = "How the file counts positions: code-points (the standard) or utf16 (NVivo); default: auto (detect, with a warning when it matters).")
    String offsets;

    @Option(names = "--max-entries", paramLabel = "N", description = "Refuse a .qdpx with more entries than this (default: ${DEFAULT-VALUE}).")
    int maxEntries = ZipLimits.DEFAULT.maxEntries();

    @Option(names = "--max-bytes", paramLabel = "N", description = "Refuse a .qdpx that unpacks to more bytes than this in all (default: ${DEFAULT-VALUE}).")
    long maxBytes = ZipLimits.DEFAULT.maxTotalBytes();

    @Option(names = "--max-entry-bytes", paramLabel = "N", description = "Refuse a .qdpx with an entry (or a source file beside a .qde) larger than this (default: ${DEFAULT-VALUE}).")
    long maxEntryBytes = ZipLimits.DEFAULT.maxEntryBytes();

    @Option(names = "--max-ratio", paramLabel = "N", description = "Refuse a .qdpx entry over 1 MiB compressed more than N times (default: ${DEFAULT-VALUE}).")
    long maxRatio = ZipLimits.DEFAULT.maxRatio();

    @Option(names = "--keep-names", description = "Keep the project's case and source names as labels. Only when they are pseudonyms: "
            + "by default they are replaced by 'Case <guid>' / 'Source <guid>', since they often name participants.")
    boolean keepNames;

    @Mixin
    SinkOptions sink;

    @Override
    public Integer call() {
        for (var limit : java.util.Map.of("--max-entries", (long) maxEntries, "--max-bytes", maxBytes, "--max-entry-bytes", maxEntryBytes, "--max-ratio", maxRatio).entrySet()) {
            if (limit.getValue() <= 0) throw new IllegalArgumentException(limit.getKey() + " must be a positive number, not " + limit.getValue());
        }
        Options options = new Options(study, mapping, offsetMode(), new ZipLimits(maxEntries, maxBytes, maxEntryBytes, maxRatio), keepNames, replace);
        // the project's file holds only its own graphs (study, excerpts, provenance), as it always has
        return Ingest.run(spec, sink, false, () -> {
            Bar bar = new Bar();
            return new BarSource(new QdaProjectSource(file, options, bar), bar);
        }, this::message,
                // into the embedded store, a different project under the same study id is refused unless --replace
                s -> sink.kind() == SinkOptions.Kind.STORE ? ProjectStoreSink.at(sink.store.location(), replace) : s);
    }

    private String message(Ingest.Outcome o) {
        StudyPipeline.Result s = o.study();
        StudyIris iris = new StudyIris(s.studyId());
        String where = switch (o.kind()) {
            case STORE -> "in " + o.report().destination();
            case FILE -> "written to " + o.report().destination();
            case REMOTE -> "pushed to " + o.report().destination();
        };
        return String.format("Imported %s as study %s: %s; %d + %d triples %s", file.getFileName(), s.studyId(), s.summary(),
                o.triples(iris.studyGraph()), o.triples(iris.excerptsGraph()), where);
    }

    private OffsetMode offsetMode() {
        if (offsets == null || offsets.equals("auto")) return null;
        try {
            return OffsetMode.fromOption(offsets);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--offsets must be auto, code-points or utf16, not '" + offsets + "'");
        }
    }

    /** The project source, with the progress bar closed once reading ends (whether or not it succeeded). */
    private record BarSource(QdaProjectSource source, Bar bar) implements StudySource {
        @Override
        public PreparedStudy read() {
            try {
                return source.read();
            } finally {
                bar.close();
            }
        }
    }

    /** A progress bar on stderr, shown only for large projects. */
    private static final class Bar implements RefiQdaImporter.Progress {
        private ProgressBar bar;

        @Override
        public void total(long selections) {
            if (selections >= PROGRESS_FROM) {
                bar = new ProgressBarBuilder().setTaskName("Mapping selections").setInitialMax(selections)
                        .setStyle(ProgressBarStyle.ASCII).build(); // the default consumer writes to stderr
            }
        }

        @Override
        public void step(long n) {
            if (bar != null) bar.stepBy(n);
        }

        void close() {
            if (bar != null) bar.close();
        }
    }
}
