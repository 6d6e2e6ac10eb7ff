package org.safkg.load;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.safkg.bundle.StudyBundle;
import org.safkg.bundle.StudyBundleReader;
import org.safkg.provenance.LoadProvenance;
import org.safkg.check.ShapeValidator;
import org.safkg.study.StudyGraphs;
import org.safkg.study.StudyIris;
import org.safkg.mapping.StudyMapper;
import org.safkg.ontology.OntologyFiles;
import org.safkg.problems.InvalidInputException;
import org.safkg.problems.Problem;
import org.safkg.store.StudyStore;

/** Reads, validates and maps a study bundle, then hands the result to a store; writes nothing if anything is wrong. */
public final class StudyLoader {
    private final Clock clock;

    public StudyLoader() {
        this(Clock.systemUTC());
    }

    public StudyLoader(Clock clock) {
        this.clock = clock;
    }

    /** A bundle read, mapped and checked against the shapes, ready to be written. */
    public record MappedStudy(StudyBundle bundle, StudyGraphs graphs, Graph provenance) {}

    /**
     * Reads, validates, maps and shape-checks the bundle.
     *
     * @throws InvalidInputException listing every problem, if there is any
     */
    public MappedStudy prepare(Path bundleFolder) {
        Instant started = clock.instant();
        StudyBundle bundle = new StudyBundleReader().read(bundleFolder);
        StudyGraphs graphs = StudyMapper.map(bundle);
        List<Problem> violations = new ShapeValidator().validate(graphs, bundleFolder);
        if (!violations.isEmpty()) throw new InvalidInputException("study bundle " + bundleFolder, violations);
        Graph prov = LoadProvenance.describe(graphs.iris(), bundle.checksums(), bundle.study().get("doi"),
                bundle.study().get("licence"), started, clock.instant());
        return new MappedStudy(bundle, graphs, prov);
    }

    /** Loads the bundle into the store in one transaction. */
    public MappedStudy load(Path bundleFolder, StudyStore store) {
        MappedStudy study = prepare(bundleFolder);
        store.replaceStudy(study.graphs(), study.provenance());
        return study;
    }

    /** The study with the ontology and its provenance as one dataset, e.g. to write to a file. */
    public static DatasetGraph asDataset(MappedStudy study) {
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        dsg.addGraph(NodeFactory.createURI(StudyIris.ONTOLOGY_GRAPH), OntologyFiles.ontologyAndConcepts());
        study.graphs().addTo(dsg);
        dsg.addGraph(NodeFactory.createURI(study.graphs().iris().provenanceGraph()), study.provenance());
        return dsg;
    }
}
