package org.safkg.load;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.safkg.bundle.StudyBundle;
import org.safkg.bundle.StudyBundleReader;
import org.safkg.mapping.StudyMapper;
import org.safkg.pipeline.StreamedStudy;
import org.safkg.pipeline.StreamingStudySource;
import org.safkg.problems.Problem;
import org.safkg.provenance.LoadProvenance;
import org.safkg.study.StudyIris;

/** A study bundle folder (CSV files, see data/README.md) as a pipeline source: read, validated row by row, and mapped. */
public final class CsvBundleSource implements StreamingStudySource {

    private final Path folder;
    private final Clock clock;
    private final long maxFileBytes;

    public CsvBundleSource(Path folder) {
        this(folder, Clock.systemUTC());
    }

    public CsvBundleSource(Path folder, Clock clock) {
        this(folder, clock, org.safkg.bundle.BundleFileGate.DEFAULT_MAX_BYTES);
    }

    /** A bundle whose files may each be at most {@code maxFileBytes} long. */
    public CsvBundleSource(Path folder, Clock clock, long maxFileBytes) {
        this.folder = folder;
        this.clock = clock;
        this.maxFileBytes = maxFileBytes;
    }

    /** What a problem with this source is reported as. */
    public static String origin(Path folder) {
        return "study bundle " + folder;
    }

    @Override
    public StreamedStudy stream() {
        return readStream().study();
    }

    /** A bundle with the study streamed from it (the bundle for callers that need its rows). */
    public record StreamedBundle(StudyBundle bundle, StreamedStudy study) {}

    /**
     * Reads and validates the bundle; the mapping runs each time the study's quads are asked for.
     *
     * @throws org.safkg.problems.InvalidInputException listing every problem of the bundle's files, if there is any
     */
    public StreamedBundle readStream() {
        Instant started = clock.instant();
        StudyBundle bundle = new StudyBundleReader(maxFileBytes).read(folder);
        StudyIris iris = new StudyIris(bundle.studyId());
        Graph prov = LoadProvenance.describe(iris, bundle.checksums(), bundle.study().get("doi"),
                bundle.study().get("licence"), started, clock.instant());
        String summary = bundle.rows("episodes.csv").size() + " episodes, " + bundle.rows("excerpts.csv").size() + " excerpts";
        List<String> warnings = bundle.warnings().stream().map(Problem::formatWarning).toList();
        return new StreamedBundle(bundle, new StreamedStudy(iris, out -> StudyMapper.stream(bundle, out), prov, origin(folder), folder, summary,
                warnings, true));
    }
}
