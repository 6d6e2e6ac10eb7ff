package org.safkg.refiqda;

import java.nio.file.Path;

import org.safkg.pipeline.PreparedStudy;
import org.safkg.pipeline.StudySource;

/** A REFI-QDA project (.qdpx, or .qde beside its sources/) or codebook (.qdc) as a pipeline source, read by {@link RefiQdaImporter}. */
public final class QdaProjectSource implements StudySource {
    private final Path file;
    private final RefiQdaImporter.Options options;
    private final RefiQdaImporter.Progress progress;
    private final RefiQdaImporter importer;

    public QdaProjectSource(Path file, RefiQdaImporter.Options options, RefiQdaImporter.Progress progress) {
        this(file, options, progress, new RefiQdaImporter());
    }

    public QdaProjectSource(Path file, RefiQdaImporter.Options options, RefiQdaImporter.Progress progress, RefiQdaImporter importer) {
        this.file = file;
        this.options = options;
        this.progress = progress;
        this.importer = importer;
    }

    /** What a problem with this source is reported as. */
    public static String origin(Path file) {
        return "REFI-QDA file " + file;
    }

    @Override
    public PreparedStudy read() {
        return prepared(file, importer.prepare(file, options, progress));
    }

    /** The imported project as a prepared study; its summary counts what was read and how positions were read. */
    public static PreparedStudy prepared(Path file, RefiQdaImporter.ImportedStudy s) {
        QdaProject p = s.project();
        String summary = p.allCodes().size() + " codes, " + p.sources().size() + " text sources, " + p.allSelections().size() + " selections, "
                + p.allSelections().stream().mapToInt(x -> x.codings().size()).sum() + " codings (positions read as " + s.offsets() + ")";
        return new PreparedStudy(s.graphs(), s.provenance(), origin(file), file, summary, s.warnings(), false);
    }
}
