package org.safkg.load;

import java.nio.file.Path;
import java.time.Clock;

import org.apache.jena.graph.Graph;
import org.apache.jena.sparql.core.DatasetGraph;
import org.safkg.pipeline.PreparedStudy;
import org.safkg.pipeline.StudyChecks;
import org.safkg.pipeline.StudyPipeline;
import org.safkg.pipeline.TdbStoreSink;
import org.safkg.store.StudyStore;
import org.safkg.study.StudyGraphs;

/**
 * A study bundle through the pipeline in one call: {@link CsvBundleSource}, the standard checks, and
 * (for {@link #load}) the embedded store. Writes nothing if anything is wrong.
 */
public final class StudyLoader {
    private final Clock clock;
    private final StudyChecks checks = StudyChecks.standard();

    public StudyLoader() {
        this(Clock.systemUTC());
    }

    public StudyLoader(Clock clock) {
        this.clock = clock;
    }

    /** A bundle read, mapped and checked, ready to be written. */
    public record MappedStudy(PreparedStudy prepared) {
        public String studyId() {
            return prepared.studyId();
        }

        public StudyGraphs graphs() {
            return prepared.graphs();
        }

        public Graph provenance() {
            return prepared.provenance();
        }
    }

    /**
     * Reads, validates, maps and checks the bundle.
     *
     * @throws org.safkg.problems.InvalidInputException listing every problem, if there is any
     */
    public MappedStudy prepare(Path bundleFolder) {
        PreparedStudy mapped = new CsvBundleSource(bundleFolder, clock).stream().collect();
        checks.require(mapped);
        return new MappedStudy(mapped);
    }

    /** Loads the bundle into the store in one transaction, its quads streamed from the mapping (as {@code safkg load} does). */
    public StudyPipeline.Result load(Path bundleFolder, StudyStore store) {
        return new StudyPipeline(checks).run(new CsvBundleSource(bundleFolder, clock), TdbStoreSink.into(store));
    }

    /** The study with the ontology and its provenance as one dataset, e.g. to write to a file. */
    public static DatasetGraph asDataset(MappedStudy study) {
        return study.prepared().asDataset(true);
    }
}
