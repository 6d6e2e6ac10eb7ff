package org.safkg.load;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.safkg.bundle.BundleIndex;
import org.safkg.bundle.BundleSchema;
import org.safkg.bundle.CheckedRows;
import org.safkg.bundle.CsvRow;
import org.safkg.bundle.StudyBundleReader;
import org.safkg.mapping.StudyMapper;
import org.safkg.pipeline.StreamedStudy;
import org.safkg.pipeline.StreamingStudySource;
import org.safkg.problems.Problem;
import org.safkg.provenance.LoadProvenance;
import org.safkg.study.StudyIris;

/** A study bundle folder (CSV files, see data/README.md) as a pipeline source: read, validated row by row, and mapped as it is read again. */
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

    /**
     * Reads the bundle once, keeping only what the checks across rows and the look-ups need, and runs those checks; the
     * mapping reads and checks the rows again each time the study's quads are asked for, and throws (so that the write
     * aborts) if a row has a problem.
     *
     * @throws org.safkg.problems.InvalidInputException listing every problem of the bundle's files, if the checks
     *         across rows found any
     */
    @Override
    public StreamedStudy stream() {
        Instant started = clock.instant();
        BundleIndex index = new StudyBundleReader(maxFileBytes).index(folder);
        StudyIris iris = new StudyIris(index.studyId());
        CsvRow study = index.study();
        Graph prov = LoadProvenance.describe(iris, index.checksums(), study.get("doi"), study.get("licence"), started, clock.instant());
        String summary = index.rowCount(BundleSchema.EPISODES) + " episodes, " + index.rowCount(BundleSchema.EXCERPTS) + " excerpts";
        List<String> warnings = index.warnings().stream().map(Problem::formatWarning).toList();
        return new StreamedStudy(iris, out -> {
            CheckedRows rows = index.rows();
            if (rows.clean()) StudyMapper.stream(rows, out);
            rows.finish();
        }, prov, origin(folder), folder, summary, warnings, true);
    }
}
