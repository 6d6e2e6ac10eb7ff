package org.safkg.load;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.safkg.bundle.StudyBundle;
import org.safkg.bundle.StudyBundleReader;
import org.safkg.mapping.StudyMapper;
import org.safkg.pipeline.PreparedStudy;
import org.safkg.pipeline.StudySource;
import org.safkg.problems.Problem;
import org.safkg.provenance.LoadProvenance;
import org.safkg.study.StudyGraphs;

/** A study bundle folder (CSV files, see data/README.md) as a pipeline source: read, validated row by row, and mapped. */
public final class CsvBundleSource implements StudySource {
    /** A bundle with the study prepared from it (the bundle for callers that need its rows). */
    public record ReadBundle(StudyBundle bundle, PreparedStudy study) {}

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
    public PreparedStudy read() {
        return readBundle().study();
    }

    /**
     * Reads, validates and maps the bundle.
     *
     * @throws org.safkg.problems.InvalidInputException listing every problem of the bundle's files, if there is any
     */
    public ReadBundle readBundle() {
        Instant started = clock.instant();
        StudyBundle bundle = new StudyBundleReader(maxFileBytes).read(folder);
        StudyGraphs graphs = StudyMapper.map(bundle);
        Graph prov = LoadProvenance.describe(graphs.iris(), bundle.checksums(), bundle.study().get("doi"),
                bundle.study().get("licence"), started, clock.instant());
        String summary = bundle.rows("episodes.csv").size() + " episodes, " + bundle.rows("excerpts.csv").size() + " excerpts";
        List<String> warnings = bundle.warnings().stream().map(Problem::formatWarning).toList();
        return new ReadBundle(bundle, new PreparedStudy(graphs, prov, origin(folder), folder, summary, warnings, true));
    }
}
